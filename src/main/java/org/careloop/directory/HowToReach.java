package org.careloop.directory;

import java.util.Map;

/**
 * The checks on how to reach someone, shared by the directory and the care team: a phone or fax number a person can
 * dial (digits with the usual separators and an extension), an e-mail address with a domain. A wrong number found
 * at the moment of a discharge call costs the patient the follow-up, so it is refused when typed.
 */
public final class HowToReach {

    private static final String DIALABLE = "\\+?[0-9 ().\\-]{7,25}( *(x|ext\\.?) *[0-9]{1,6})?";
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private HowToReach() {
    }

    /** Adds a problem under {@code field} unless the number is empty or dialable. */
    public static void phone(Map<String, String> problems, String field, String number) {
        String text = trimmed(number);
        if (text != null && (!text.matches(DIALABLE) || text.chars().filter(Character::isDigit).count() < 7)) {
            problems.put(field, "must be a phone number such as 413-555-0142 (digits, spaces, dashes, an extension)");
        }
    }

    /** Adds a problem under {@code field} unless the address is empty or looks like one. */
    public static void email(Map<String, String> problems, String field, String address) {
        String text = trimmed(address);
        if (text != null && (text.length() > 200 || !text.matches(EMAIL))) {
            problems.put(field, "must be an e-mail address such as name@example.org (at most 200 characters)");
        }
    }

    /** Adds a problem under {@code field} when the text is longer than {@code max}. */
    public static void atMost(Map<String, String> problems, String field, String text, int max) {
        if (text != null && text.trim().length() > max) {
            problems.put(field, "must be at most " + max + " characters");
        }
    }

    /** The text without surrounding blanks; null when empty. */
    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
