package org.careloop.fhir;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.careloop.assessment.Assessor;
import org.careloop.assessment.Instrument;
import org.careloop.assessment.internal.ScoringPolicies;

/** The shipped questionnaires and an assessor over them, for tests that run without Spring. */
public final class ShippedInstruments {

    private ShippedInstruments() {
    }

    public static List<Instrument> load(FhirContext fhir) {
        return QuestionnaireInstruments.load(fhir);
    }

    public static Assessor assessor(FhirContext fhir) {
        return new Assessor(new QuestionnaireInstruments(fhir), ScoringPolicies.all());
    }
}
