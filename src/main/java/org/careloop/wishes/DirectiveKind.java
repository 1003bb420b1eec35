package org.careloop.wishes;

/**
 * The kind of advance directive: a living will, a healthcare power of attorney (which names the proxy), a POLST or
 * MOLST (a portable medical order signed by a clinician), an out-of-hospital DNR order, or another document.
 */
public enum DirectiveKind {
    LIVING_WILL("Living will"), HEALTHCARE_POWER_OF_ATTORNEY("Healthcare power of attorney"), POLST("POLST"),
    MOLST("MOLST"), DNR_ORDER("DNR order"), OTHER("Advance directive");

    private final String words;

    DirectiveKind(String words) {
        this.words = words;
    }

    /** As people say it: "Healthcare power of attorney". */
    public String words() {
        return words;
    }
}
