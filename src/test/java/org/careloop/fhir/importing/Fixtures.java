package org.careloop.fhir.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Synthea bundles copied into src/test/resources/fhir, and what they hold. */
public final class Fixtures {

    public static final String DIRECTORY = "directory.json.gz";
    /** An adult with obesity and osteoarthritis: 343 entries. */
    public static final String ADULT = "941d9571-ea20-f51c-120c-352f86e924d8.json.gz";
    /** A five-year-old with asthma. */
    public static final String CHILD = "b544c19e-8476-1e14-c568-5faa9c3940d0.json.gz";
    public static final String ANOTHER_ADULT = "6e145fa4-48b7-bf76-3c3c-b784d46adf95.json.gz";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = new GZIPInputStream(Fixtures.class.getResourceAsStream("/fhir/" + name))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        return JSON.readTree(bytes(name));
    }

    static byte[] write(JsonNode bundle) {
        return JSON.writeValueAsBytes(bundle);
    }

    /** How many entries of each resource type the bundle holds, counted without HAPI. */
    static Map<String, Integer> countByType(String name) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode entry : json(name).get("entry")) {
            counts.merge(entry.get("resource").get("resourceType").asString(), 1, Integer::sum);
        }
        return counts;
    }
}
