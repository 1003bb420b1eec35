package org.careloop.careplansharing;

/**
 * The plan could not be e-mailed, so nothing was recorded as shared: e-mail is not set up ({@link #notSetUp()},
 * answered 503) or the mail server did not take the message (answered 502).
 */
public class MailNotSent extends RuntimeException {

    private final boolean notSetUp;

    private MailNotSent(String message, boolean notSetUp, Throwable cause) {
        super(message, cause);
        this.notSetUp = notSetUp;
    }

    static MailNotSent notSetUp(String what) {
        return new MailNotSent("E-mail is not set up: " + what, true, null);
    }

    static MailNotSent refused(Throwable cause) {
        return new MailNotSent("The mail server did not take the message; the plan was not shared. Try again, or "
                + "share it as a FHIR bundle", false, cause);
    }

    public boolean notSetUp() {
        return notSetUp;
    }
}
