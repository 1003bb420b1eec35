package org.careloop;

import java.util.Arrays;
import java.util.Map;

/**
 * A choice sent as text (a kind, a method, a priority) read into its enum, so that a typo is refused naming its field
 * and the choices there are, instead of failing somewhere deeper: blank means no choice, case does not matter.
 */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E>> E of(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(choice -> choice.name().equalsIgnoreCase(text.strip()))
                .findFirst().orElseThrow(() -> new InvalidRequest("Invalid " + field, Map.of(field,
                        "must be one of " + Arrays.toString(type.getEnumConstants()))));
    }
}
