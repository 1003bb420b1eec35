package org.careloop.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * JSON a careless or hostile client might send for one field: usually a value the field expects, otherwise null, a
 * number too large for any integer, a fraction, a long or odd string, a list or an object where a value belongs.
 */
final class HostileJson {

    private HostileJson() {
    }

    /** One JSON value; {@code expected} are JSON fragments the field would accept. */
    static String value(FuzzedDataProvider data, String... expected) {
        return switch (data.consumeInt(0, 11)) {
            case 0 -> "null";
            case 1 -> Long.toString(data.consumeLong());
            case 2 -> "9223372036854775808" + data.consumeInt(0, 999);
            case 3 -> Double.toString(data.consumeRegularDouble());
            case 4 -> text(data.consumeString(300));
            case 5 -> text("x".repeat(data.consumeInt(0, 20_000)));
            case 6 -> "[" + (data.consumeBoolean() ? "null" : value(data, expected)) + "]";
            case 7 -> "{}";
            default -> expected.length == 0 ? "null" : expected[data.consumeInt(0, expected.length - 1)];
        };
    }

    /** A list of up to {@code max} values, each built by {@code item}. */
    static String list(FuzzedDataProvider data, int max, java.util.function.Supplier<String> item) {
        StringBuilder list = new StringBuilder("[");
        int size = data.consumeInt(0, max);
        for (int i = 0; i < size; i++) {
            list.append(i == 0 ? "" : ",").append(item.get());
        }
        return list.append(']').toString();
    }

    /** A JSON string literal. */
    static String text(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
