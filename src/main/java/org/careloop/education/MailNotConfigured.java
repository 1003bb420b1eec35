package org.careloop.education;

/** E-mail was asked for, but this server has no mail server configured ({@code spring.mail.host}). */
public class MailNotConfigured extends RuntimeException {

    public MailNotConfigured() {
        super("E-mail is not set up on this server (spring.mail.host is not configured); print the copy instead");
    }
}
