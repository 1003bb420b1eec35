package org.careloop.fhir.internal;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.careloop.assessment.Assessor;
import org.careloop.assessment.Instrument;
import org.careloop.assessment.internal.ScoringPolicies;

/** Opens the questionnaire translation to tests outside this package. */
public final class QuestionnaireInstrumentsAccess {

    private QuestionnaireInstrumentsAccess() {
    }

    public static List<Instrument> load(FhirContext fhir) {
        return QuestionnaireInstruments.load(fhir);
    }

    public static Assessor assessor(FhirContext fhir) {
        return new Assessor(new QuestionnaireInstruments(fhir), ScoringPolicies.all());
    }
}
