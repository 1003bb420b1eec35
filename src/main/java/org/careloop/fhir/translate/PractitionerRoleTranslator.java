package org.careloop.fhir.translate;

import org.careloop.directory.DirectoryEntries.ImportedPractitionerRole;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.PractitionerRole;

/** An EHR's PractitionerRole (who works where, as what) to a directory entry. */
public final class PractitionerRoleTranslator {

    private PractitionerRoleTranslator() {
    }

    public static ImportedPractitionerRole fromFhir(String sourceKey, PractitionerRole r, BundleLinks links) {
        var specialty = FhirValues.first(r.getSpecialty());
        return new ImportedPractitionerRole(sourceKey, FhirValues.directoryIdentifiers(r),
                links.directoryId(r.getPractitioner(), "Practitioner"),
                links.directoryId(r.getOrganization(), "Organization"),
                r.hasLocation() ? links.directoryId(r.getLocationFirstRep(), "Location") : null,
                specialty.getCode(), specialty.getDisplay(),
                FhirValues.telecom(r.getTelecom(), ContactPoint.ContactPointSystem.PHONE),
                FhirValues.telecom(r.getTelecom(), ContactPoint.ContactPointSystem.EMAIL));
    }
}
