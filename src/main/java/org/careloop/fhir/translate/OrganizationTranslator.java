package org.careloop.fhir.translate;

import org.careloop.directory.DirectoryEntries.ImportedOrganization;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Organization;

/** An EHR's Organization (a hospital, a practice, a payer) to a directory entry. */
public final class OrganizationTranslator {

    private OrganizationTranslator() {
    }

    public static ImportedOrganization fromFhir(String sourceKey, Organization o) {
        Address a = o.getAddressFirstRep();
        return new ImportedOrganization(sourceKey, FhirValues.directoryIdentifiers(o), o.getName(),
                FhirValues.first(o.getType()).getCode(), FhirValues.telecom(o.getTelecom(), ContactPoint.ContactPointSystem.PHONE),
                FhirValues.line(a), a.getCity(), a.getState(), a.getPostalCode(), !o.hasActive() || o.getActive());
    }
}
