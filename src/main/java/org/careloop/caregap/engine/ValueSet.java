package org.careloop.caregap.engine;

import org.careloop.caregap.PatientFacts;
import java.util.List;
import java.util.Map;

/**
 * Codes by system ({@code LOINC}, {@code SNOMED}, {@code CVX}, {@code ICD10}, {@code CPT}, {@code CARELOOP} for
 * CareLoop's own instruments). A code ending in {@code *} matches by prefix ({@code E11*}). A coding without a system
 * matches on its code alone.
 */
public record ValueSet(String name, String title, Map<String, List<String>> codes) {

    static final Map<String, String> SYSTEMS = Map.of(
            "LOINC", "http://loinc.org",
            "SNOMED", "http://snomed.info/sct",
            "CVX", "http://hl7.org/fhir/sid/cvx",
            "ICD10", "http://hl7.org/fhir/sid/icd-10-cm",
            "CPT", "http://www.ama-assn.org/go/cpt",
            "CARELOOP", "urn:careloop:instrument");

    public ValueSet {
        codes = Map.copyOf(codes);
        for (String system : codes.keySet()) {
            if (!SYSTEMS.containsKey(system)) {
                throw new IllegalArgumentException("Value set " + name + " names an unknown code system " + system);
            }
        }
    }

    public boolean contains(PatientFacts.Coding coding) {
        if (coding == null || coding.code() == null) {
            return false;
        }
        for (Map.Entry<String, List<String>> system : codes.entrySet()) {
            if (coding.system() != null && !SYSTEMS.get(system.getKey()).equals(coding.system())) {
                continue;
            }
            for (String code : system.getValue()) {
                boolean matches = code.endsWith("*") ? coding.code().startsWith(code.substring(0, code.length() - 1))
                        : code.equals(coding.code());
                if (matches) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean matches(List<PatientFacts.Coding> codings) {
        return codings.stream().anyMatch(this::contains);
    }

    /** Every code of the set, as {@code system URI} → codes, for a query that narrows stored rows by code. */
    public Map<String, List<String>> bySystemUri() {
        Map<String, List<String>> uris = new java.util.HashMap<>();
        codes.forEach((system, list) -> uris.put(SYSTEMS.get(system), list));
        return uris;
    }
}
