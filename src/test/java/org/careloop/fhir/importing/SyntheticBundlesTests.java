package org.careloop.fhir.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's made-up patients: repeatable, and shaped like Synthea's. */
class SyntheticBundlesTests {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void theSameSeedMakesTheSamePatients() throws IOException {
        assertThat(json(new SyntheticBundles(7, 3), 2)).isEqualTo(json(new SyntheticBundles(7, 3), 2));
        assertThat(json(new SyntheticBundles(7, 3), 2)).isNotEqualTo(json(new SyntheticBundles(8, 3), 2));
    }

    @Test
    void eachPatientHasChronicConditionsMedicinesVisitsAndBloodPressures() throws IOException {
        SyntheticBundles bundles = new SyntheticBundles(7, 1);
        ReadBundle bundle;
        try (InputStream in = bundles.next().open().get()) {
            bundle = new BundleReader(FHIR).read(in);
        }
        Map<String, Integer> counts = new TreeMap<>();
        bundle.entries().forEach(entry -> counts.merge(entry.resourceType(), 1, Integer::sum));

        assertThat(bundles.hasNext()).isFalse();
        assertThat(counts.get("Patient")).isEqualTo(1);
        assertThat(counts.get("Condition")).isBetween(2, 5);
        assertThat(counts.get("MedicationRequest")).isEqualTo(counts.get("Condition"));
        assertThat(counts.get("Encounter")).isGreaterThan(6);
        assertThat(counts.get("Observation")).isEqualTo(7 * counts.get("Encounter"));
        assertThat(counts.get("Claim")).isEqualTo(counts.get("Encounter"));
        assertThat(bundle.entries().stream().filter(e -> "Claim".equals(e.resourceType())).allMatch(e -> e.resource() == null))
                .as("claims are skipped, not parsed").isTrue();
    }

    private static String json(SyntheticBundles bundles, int skip) throws IOException {
        for (int i = 0; i < skip; i++) {
            bundles.next();
        }
        try (InputStream in = bundles.next().open().get()) {
            return new String(in.readAllBytes());
        }
    }
}
