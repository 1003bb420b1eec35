package org.careloop.fhir.translate;

import org.careloop.patient.ImportedClinicalRecords.ImportedFamilyHistory;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.FamilyMemberHistory;

/** An EHR's FamilyMemberHistory to the family history CareLoop keeps: who, and the first condition named. */
public final class FamilyHistoryTranslator {

    private FamilyHistoryTranslator() {
    }

    public static ImportedFamilyHistory fromFhir(String sourceKey, FamilyMemberHistory f) {
        Coding condition = f.hasCondition() ? FhirValues.coding(f.getConditionFirstRep().getCode()) : new Coding();
        return new ImportedFamilyHistory(sourceKey, FhirValues.display(f.getRelationship()), condition.getCode(),
                condition.getSystem(), condition.getDisplay(), FhirValues.code(f.getStatusElement()));
    }
}
