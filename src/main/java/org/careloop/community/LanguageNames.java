package org.careloop.community;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Languages are written many ways: a patient record imported from an EHR says {@code en-US} or {@code es}, one
 * typed in says "Spanish" or "English (United States)", an HSDS package gives a name, an ISO 639 code or both. To
 * compare them, each becomes its English name ("Spanish"); a name Java does not know stays as written.
 */
public final class LanguageNames {

    private static final Map<String, String> CODES_BY_NAME = Arrays.stream(Locale.getISOLanguages())
            .collect(Collectors.toMap(code -> new Locale(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT),
                    Function.identity(), (first, second) -> first));

    private LanguageNames() {
    }

    /** "Spanish" for {@code es}, {@code es-MX}, "spanish" or "Spanish (Mexico)". */
    public static String nameOf(String language) {
        String text = language.trim();
        if (text.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) {
            Locale locale = Locale.forLanguageTag(text.replace('_', '-'));
            String name = locale.getDisplayLanguage(Locale.ENGLISH);
            if (!name.isBlank() && !name.equalsIgnoreCase(locale.getLanguage())) {
                return name;
            }
        }
        int qualifier = text.indexOf('(');
        String name = (qualifier > 0 ? text.substring(0, qualifier) : text).trim();
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The ISO 639-1 code of a language name, when there is one ("es" for Spanish). */
    public static Optional<String> codeOf(String name) {
        return Optional.ofNullable(CODES_BY_NAME.get(nameOf(name).toLowerCase(Locale.ROOT)));
    }
}
