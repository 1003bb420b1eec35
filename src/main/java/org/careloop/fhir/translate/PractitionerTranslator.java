package org.careloop.fhir.translate;

import org.careloop.directory.DirectoryEntries.ImportedPractitioner;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Practitioner;

/** An EHR's Practitioner to a directory entry, known by its NPI when it has one. */
public final class PractitionerTranslator {

    private PractitionerTranslator() {
    }

    public static ImportedPractitioner fromFhir(String sourceKey, Practitioner p) {
        HumanName name = p.getNameFirstRep();
        Address a = p.getAddressFirstRep();
        String npi = p.getIdentifier().stream().filter(id -> FhirValues.NPI.equals(id.getSystem()))
                .map(id -> id.getValue()).findFirst().orElse(null);
        return new ImportedPractitioner(sourceKey, FhirValues.directoryIdentifiers(p), npi, name.getFamily(),
                name.getGivenAsSingleString(), name.getPrefixAsSingleString(), FhirValues.code(p.getGenderElement()),
                FhirValues.telecom(p.getTelecom(), ContactPoint.ContactPointSystem.EMAIL),
                FhirValues.telecom(p.getTelecom(), ContactPoint.ContactPointSystem.PHONE), FhirValues.line(a),
                a.getCity(), a.getState(), a.getPostalCode(), !p.hasActive() || p.getActive());
    }
}
