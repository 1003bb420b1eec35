package org.careloop.fhir.internal.importing;

import java.util.List;

import org.careloop.directory.DirectoryEntries.*;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;

/** Translates practitioners, their roles, organizations and locations into directory entries. */
final class DirectoryTranslator {

    static final String NPI = "http://hl7.org/fhir/sid/us-npi";

    private final References references;

    DirectoryTranslator(References references) {
        this.references = references;
    }

    static List<Identifier> identifiers(Resource resource) {
        List<org.hl7.fhir.r4.model.Identifier> ids = List.of();
        if (resource instanceof Organization o) {
            ids = o.getIdentifier();
        } else if (resource instanceof Location l) {
            ids = l.getIdentifier();
        } else if (resource instanceof Practitioner p) {
            ids = p.getIdentifier();
        } else if (resource instanceof PractitionerRole r) {
            ids = r.getIdentifier();
        }
        return ids.stream().filter(id -> id.hasSystem() && id.hasValue())
                .map(id -> new Identifier(id.getSystem(), id.getValue())).toList();
    }

    /** A directory entry is known by its first identifier (an NPI, say), so other sources find the same entry. */
    static String sourceKey(BundleEntry entry) {
        List<Identifier> ids = identifiers(entry.resource());
        return ids.isEmpty() ? entry.sourceKey() : ids.get(0).toString();
    }

    ImportedOrganization organization(BundleEntry entry) {
        Organization o = (Organization) entry.resource();
        Address a = o.getAddressFirstRep();
        return new ImportedOrganization(sourceKey(entry), identifiers(o), o.getName(),
                FhirValues.first(o.getType()).getCode(), telecom(o.getTelecom(), ContactPoint.ContactPointSystem.PHONE),
                line(a), a.getCity(), a.getState(), a.getPostalCode(), !o.hasActive() || o.getActive());
    }

    ImportedLocation location(BundleEntry entry) {
        Location l = (Location) entry.resource();
        Address a = l.getAddress();
        return new ImportedLocation(sourceKey(entry), identifiers(l), l.getName(), l.getDescription(),
                FhirValues.code(l.getStatusElement()), references.directoryId(l.getManagingOrganization(), "Organization"),
                telecom(l.getTelecom(), ContactPoint.ContactPointSystem.PHONE), line(a), a.getCity(), a.getState(),
                a.getPostalCode(), l.getPosition().getLatitude(), l.getPosition().getLongitude());
    }

    ImportedPractitioner practitioner(BundleEntry entry) {
        Practitioner p = (Practitioner) entry.resource();
        HumanName name = p.getNameFirstRep();
        Address a = p.getAddressFirstRep();
        String npi = p.getIdentifier().stream().filter(id -> NPI.equals(id.getSystem())).map(id -> id.getValue())
                .findFirst().orElse(null);
        return new ImportedPractitioner(sourceKey(entry), identifiers(p), npi, name.getFamily(),
                name.getGivenAsSingleString(), name.getPrefixAsSingleString(), FhirValues.code(p.getGenderElement()),
                telecom(p.getTelecom(), ContactPoint.ContactPointSystem.EMAIL),
                telecom(p.getTelecom(), ContactPoint.ContactPointSystem.PHONE), line(a), a.getCity(), a.getState(),
                a.getPostalCode(), !p.hasActive() || p.getActive());
    }

    ImportedPractitionerRole practitionerRole(BundleEntry entry) {
        PractitionerRole r = (PractitionerRole) entry.resource();
        var specialty = FhirValues.first(r.getSpecialty());
        return new ImportedPractitionerRole(sourceKey(entry), identifiers(r),
                references.directoryId(r.getPractitioner(), "Practitioner"),
                references.directoryId(r.getOrganization(), "Organization"),
                r.hasLocation() ? references.directoryId(r.getLocationFirstRep(), "Location") : null,
                specialty.getCode(), specialty.getDisplay(),
                telecom(r.getTelecom(), ContactPoint.ContactPointSystem.PHONE),
                telecom(r.getTelecom(), ContactPoint.ContactPointSystem.EMAIL));
    }

    static String telecom(List<ContactPoint> telecom, ContactPoint.ContactPointSystem system) {
        return telecom.stream().filter(t -> t.getSystem() == system).map(ContactPoint::getValue).findFirst().orElse(null);
    }

    static String line(Address address) {
        return address.hasLine() ? String.join(", ", address.getLine().stream().map(l -> l.getValue()).toList()) : null;
    }
}
