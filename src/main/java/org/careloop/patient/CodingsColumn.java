package org.careloop.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code codings} column of the coded tables (condition, observation, clinical_procedure, immunization): every
 * coding the source sent, in its order, as a JSON array of {@code {system, code, display}} (absent parts left out).
 */
final class CodingsColumn {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, String>>> ROWS = new TypeReference<>() {
    };

    private CodingsColumn() {
    }

    static String write(List<ClinicalCoding> codings) {
        List<Map<String, String>> rows = new ArrayList<>(codings.size());
        for (ClinicalCoding coding : codings) {
            Map<String, String> row = new LinkedHashMap<>();
            put(row, "system", coding.system());
            put(row, "code", coding.code());
            put(row, "display", coding.display());
            rows.add(row);
        }
        return JSON.writeValueAsString(rows);
    }

    static List<ClinicalCoding> read(String json) {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        return JSON.readValue(json, ROWS).stream()
                .map(row -> new ClinicalCoding(row.get("system"), row.get("code"), row.get("display"))).toList();
    }

    private static void put(Map<String, String> row, String key, String value) {
        if (value != null) {
            row.put(key, value);
        }
    }
}
