package org.careloop.fhir.translate;

import org.careloop.directory.DirectoryEntries.ImportedLocation;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Location;

/** An EHR's Location (where care happens, run by an organization) to a directory entry. */
public final class LocationTranslator {

    private LocationTranslator() {
    }

    public static ImportedLocation fromFhir(String sourceKey, Location l, BundleLinks links) {
        Address a = l.getAddress();
        return new ImportedLocation(sourceKey, FhirValues.directoryIdentifiers(l), l.getName(), l.getDescription(),
                FhirValues.code(l.getStatusElement()), links.directoryId(l.getManagingOrganization(), "Organization"),
                FhirValues.telecom(l.getTelecom(), ContactPoint.ContactPointSystem.PHONE), FhirValues.line(a),
                a.getCity(), a.getState(), a.getPostalCode(), l.getPosition().getLatitude(), l.getPosition().getLongitude());
    }
}
