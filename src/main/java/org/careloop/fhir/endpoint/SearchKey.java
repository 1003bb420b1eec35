package org.careloop.fhir.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A search written into the {@code _getpages} id of its next links, so that any instance behind the load balancer
 * can run it again for the next page: nothing about a search is kept in memory between requests. The search is
 * run again as the caller of the page request, so scoping and auditing apply to every page.
 */
record SearchKey(String kind, List<String> arguments) {

    private static final char SEPARATOR = '\u001f';

    static SearchKey of(String kind, String... arguments) {
        return new SearchKey(kind, Arrays.asList(arguments));
    }

    String argument(int index) {
        String value = arguments.get(index);
        return value == null || value.isEmpty() ? null : value;
    }

    String encode() {
        StringBuilder text = new StringBuilder(kind);
        arguments.forEach(argument -> text.append(SEPARATOR).append(argument == null ? "" : argument));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The search an id names, or null when the id is none of ours. */
    static SearchKey decode(String id) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>(Arrays.asList(text.split(String.valueOf(SEPARATOR), -1)));
            return new SearchKey(parts.remove(0), parts);
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            return null;
        }
    }
}
