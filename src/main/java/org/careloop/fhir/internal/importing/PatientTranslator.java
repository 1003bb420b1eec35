package org.careloop.fhir.internal.importing;

import java.util.List;

import org.careloop.patient.ImportedPatient;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/** Translates a FHIR Patient into who the patient is for the registry. */
final class PatientTranslator {

    private PatientTranslator() {
    }

    static ImportedPatient translate(BundleEntry entry) {
        Patient p = (Patient) entry.resource();
        if (!p.hasBirthDate()) {
            // eligibility for chronic care management starts with age; a record without it cannot be worked
            throw Rejection.at(entry, "Patient has no birthDate");
        }
        HumanName name = p.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(p.getNameFirstRep());
        Address address = p.getAddress().stream().filter(a -> a.getUse() == Address.AddressUse.HOME).findFirst()
                .orElse(p.getAddressFirstRep());
        String mrn = p.getIdentifier().stream().filter(PatientTranslator::isMedicalRecordNumber)
                .map(Identifier::getValue).findFirst().orElse(null);
        List<ImportedPatient.Identifier> identifiers = p.getIdentifier().stream()
                .filter(id -> id.hasSystem() && id.hasValue())
                .map(id -> new ImportedPatient.Identifier(id.getSystem(), id.getValue(),
                        id.hasType() ? FhirValues.coding(id.getType()).getCode() : null))
                .toList();
        String language = p.hasCommunication() ? FhirValues.coding(p.getCommunicationFirstRep().getLanguage()).getCode() : null;
        return new ImportedPatient(entry.sourceKey(), mrn, name.hasFamily() ? name.getFamily() : "",
                name.getGivenAsSingleString(), FhirValues.date(p.getBirthDateElement()), sex(p),
                p.hasDeceasedDateTimeType() ? FhirValues.date(p.getDeceasedDateTimeType()) : null,
                DirectoryTranslator.telecom(p.getTelecom(), ContactPoint.ContactPointSystem.PHONE),
                DirectoryTranslator.telecom(p.getTelecom(), ContactPoint.ContactPointSystem.EMAIL), language,
                DirectoryTranslator.line(address), address.getCity(), address.getState(), address.getPostalCode(),
                address.getCountry(), identifiers);
    }

    private static boolean isMedicalRecordNumber(Identifier id) {
        return id.hasValue() && id.getType().getCoding().stream().anyMatch(c -> "MR".equals(c.getCode()));
    }

    private static String sex(Patient p) {
        return p.hasGender() && p.getGender() != org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.NULL
                ? p.getGender().toCode() : "unknown";
    }
}
