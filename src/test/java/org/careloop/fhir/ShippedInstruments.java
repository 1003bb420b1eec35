package org.careloop.fhir;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.careloop.assessment.Assessor;
import org.careloop.assessment.Instrument;

/** The shipped questionnaires and an assessor over them, for tests that run without Spring. */
public final class ShippedInstruments {

    private ShippedInstruments() {
    }

    public static List<Instrument> load(FhirContext fhir) {
        return org.careloop.fhir.internal.QuestionnaireInstrumentsAccess.load(fhir);
    }

    public static Assessor assessor(FhirContext fhir) {
        return org.careloop.fhir.internal.QuestionnaireInstrumentsAccess.assessor(fhir);
    }
}
