package org.careloop.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplansharing.CarePlanBundles;
import org.careloop.fhir.translate.CarePlanTranslator;
import org.careloop.fhir.translate.PatientTranslator;
import org.careloop.patient.PatientRegistry;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * A care plan to hand to another EHR: the translators' CarePlan bundle (the CarePlan, the Conditions it addresses,
 * its Goals) with the Patient in front, so the receiver can match the plan to its own record. Inside the bundle the
 * patient is named by its entry's {@code urn:uuid:} fullUrl, which a reader resolves without calling CareLoop.
 */
@Component
class SharedCarePlanBundles implements CarePlanBundles {

    private final FhirContext fhir;
    private final PatientRegistry patients;

    SharedCarePlanBundles(FhirContext fhir, PatientRegistry patients) {
        this.fhir = fhir;
        this.patients = patients;
    }

    @Override
    public String bundle(CarePlanView plan) {
        Bundle bundle = CarePlanTranslator.bundle(plan);
        String patient = "Patient/" + plan.patientId();
        String inBundle = "urn:uuid:" + plan.patientId();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            repoint(entry.getResource(), patient, inBundle);
        }
        bundle.getEntry().add(0, new Bundle.BundleEntryComponent().setFullUrl(inBundle)
                .setResource(PatientTranslator.toFhir(patients.find(plan.patientId()))));
        return fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    private void repoint(Resource resource, String from, String to) {
        for (Reference reference : fhir.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
            if (from.equals(reference.getReference())) {
                reference.setReference(to);
            }
        }
    }
}
