package org.careloop.community.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a directory entry's values must look like, whether they come from an HSDS package or an administrator's edit:
 * an intake e-mail address a referral can be sent to, a web address, a five-digit ZIP code (ZIP+4 accepted), an HSDS
 * service status. Each check answers the problem in words, or null when the value is fine (or absent).
 */
public final class EntryRules {

    /** The HSDS service statuses; only {@code active} services take referrals. */
    public static final List<String> STATUSES = List.of("active", "inactive", "defunct", "temporarily closed");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

    private EntryRules() {
    }

    public static String email(String value) {
        return value == null || EMAIL.matcher(value).matches() ? null : "must be an e-mail address, such as intake@example.org";
    }

    public static String website(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null ? null
                    : "must be a web address starting with http:// or https://";
        } catch (URISyntaxException e) {
            return "must be a web address starting with http:// or https://";
        }
    }

    public static String zip(String value) {
        return value == null || ZIP.matcher(value).matches() ? null : "must be a five-digit ZIP code, such as 01844";
    }

    public static String status(String value) {
        return value != null && STATUSES.contains(value) ? null : "must be one of " + String.join(", ", STATUSES);
    }

    /** The ZIP code without its +4 part. */
    public static String fiveDigits(String zip) {
        return zip == null ? null : zip.length() > 5 ? zip.substring(0, 5) : zip;
    }
}
