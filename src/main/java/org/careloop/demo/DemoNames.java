package org.careloop.demo;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Synthea numbers every name it makes up ("Maria862 Lopez217", "Dr. Lorenzo669 Gislason620"); the demo practices'
 * people read like people ("Maria Lopez"). Only the demo loader trims them: an ordinary import keeps every name as
 * the EHR sent it.
 */
final class DemoNames {

    private static final Pattern SYNTHEA_DIGITS = Pattern.compile("(\\p{L})\\d+\\b");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoNames() {
    }

    /** The bundle with the digits taken off every person's name and every reference's display. */
    static byte[] trimmed(InputStream bundle) {
        JsonNode root = JSON.readTree(bundle);
        trim(root);
        return JSON.writeValueAsBytes(root);
    }

    static String trimmed(String name) {
        return SYNTHEA_DIGITS.matcher(name).replaceAll("$1");
    }

    private static void trim(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : List.copyOf(object.properties())) {
                String name = property.getKey();
                JsonNode value = property.getValue();
                boolean personName = name.equals("family") || name.equals("given") || name.equals("prefix")
                        || name.equals("display") && object.has("reference");
                if (personName && value.isString()) {
                    object.put(name, trimmed(value.asString()));
                } else if (personName && value instanceof ArrayNode names) {
                    for (int i = 0; i < names.size(); i++) {
                        if (names.get(i).isString()) {
                            names.set(i, names.stringNode(trimmed(names.get(i).asString())));
                        }
                    }
                } else {
                    trim(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(DemoNames::trim);
        }
    }
}
