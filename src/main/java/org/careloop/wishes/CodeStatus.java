package org.careloop.wishes;

/**
 * What is to be done if the patient's heart or breathing stops: everything (full code), no CPR (DNR), no CPR and no
 * breathing tube (DNR/DNI), or comfort measures only.
 */
public enum CodeStatus {
    FULL_CODE("Full code", "Try everything, including CPR"),
    DNR("DNR", "No CPR if my heart stops"),
    DNR_DNI("DNR/DNI", "No CPR and no breathing tube"),
    COMFORT_CARE("Comfort care only", "Keep me comfortable; no CPR, no breathing tube");

    private final String words;
    private final String plainWords;

    CodeStatus(String words, String plainWords) {
        this.words = words;
        this.plainWords = plainWords;
    }

    /** As the care team says it: "DNR/DNI". */
    public String words() {
        return words;
    }

    /** As the patient's copy says it: "No CPR if my heart stops". */
    public String plainWords() {
        return plainWords;
    }
}
