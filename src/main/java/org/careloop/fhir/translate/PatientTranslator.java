package org.careloop.fhir.translate;

import java.util.Arrays;
import java.util.List;

import org.careloop.patient.ImportedPatient;
import org.careloop.patient.MedicareId;
import org.careloop.patient.PatientContact;
import org.careloop.patient.PatientIdentifier;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientStatus;
import org.careloop.patient.RegistryFieldLimits;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

import static org.careloop.patient.RegistryFieldLimits.EMAIL;
import static org.careloop.patient.RegistryFieldLimits.IDENTIFIER;
import static org.careloop.patient.RegistryFieldLimits.MRN;
import static org.careloop.patient.RegistryFieldLimits.NAME;
import static org.careloop.patient.RegistryFieldLimits.PHONE;
import static org.careloop.patient.RegistryFieldLimits.POSTAL_CODE;
import static org.careloop.patient.RegistryFieldLimits.SHORT_TEXT;

/**
 * A patient both ways: the registry entry to FHIR R4 Patient, with the same id as in the JSON API, and a FHIR
 * Patient from an EHR to who the patient is for the registry.
 */
public final class PatientTranslator {

    static final String INTERPRETER_REQUIRED = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired";
    private static final String IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    /** The v2-0203 type of a patient's Medicare number. */
    private static final String MEDICARE_NUMBER = "MC";
    private static final String CONTACT_ROLE = "http://terminology.hl7.org/CodeSystem/v2-0131";

    private PatientTranslator() {
    }

    public static Patient toFhir(PatientRecord record) {
        Patient patient = new Patient();
        patient.setId(record.id().toString());
        patient.getMeta().setVersionId(Integer.toString(record.version()));
        patient.addIdentifier(identifier(record.mrnIdentifier()));
        record.identifiers().forEach(identifier -> patient.addIdentifier(identifier(identifier)));
        if (record.medicareId() != null) {
            patient.addIdentifier(identifier(new PatientIdentifier(MedicareId.SYSTEM, record.medicareId(), MEDICARE_NUMBER)));
        }
        patient.setActive(record.status() == PatientStatus.ACTIVE);
        HumanName name = patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(record.familyName());
        Arrays.stream(record.givenNames().trim().split("\\s+")).forEach(name::addGiven);
        patient.setGender(FhirValues.known(record.sex(), AdministrativeGender::fromCode));
        patient.setBirthDate(FhirValues.date(record.birthDate()));
        if (record.deceasedOn() != null) {
            patient.setDeceased(new org.hl7.fhir.r4.model.DateTimeType(FhirValues.date(record.deceasedOn()),
                    ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
        } else if (record.status() == PatientStatus.DECEASED) {
            patient.setDeceased(new BooleanType(true));
        }
        if (record.phone() != null) {
            patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(record.phone()));
        }
        if (record.email() != null) {
            patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(record.email()));
        }
        if (record.address() != null && (record.address().line() != null || record.address().city() != null
                || record.address().postalCode() != null)) {
            Address address = patient.addAddress().setCity(record.address().city()).setState(record.address().state())
                    .setPostalCode(record.address().postalCode()).setCountry(record.address().country());
            if (record.address().line() != null) {
                address.addLine(record.address().line());
            }
        }
        if (record.preferredLanguage() != null) {
            patient.addCommunication().setPreferred(true)
                    .setLanguage(new CodeableConcept(new Coding("urn:ietf:bcp:47", record.preferredLanguage(), null)));
        }
        patient.addExtension(INTERPRETER_REQUIRED, new BooleanType(record.interpreterNeeded()));
        record.contacts().forEach(contact -> patient.addContact(contact(contact)));
        return patient;
    }

    public static ImportedPatient fromFhir(String sourceKey, Patient p) {
        if (!p.hasBirthDate()) {
            // eligibility for chronic care management starts with age; a record without it cannot be worked
            throw new Untranslatable("Patient has no birthDate");
        }
        HumanName name = p.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(p.getNameFirstRep());
        Address address = p.getAddress().stream().filter(a -> a.getUse() == Address.AddressUse.HOME).findFirst()
                .orElse(p.getAddressFirstRep());
        refuseOversized(p, name, address);
        String mrn = p.getIdentifier().stream().filter(PatientTranslator::isMedicalRecordNumber)
                .map(Identifier::getValue).findFirst().orElse(null);
        String medicareId = medicareId(p);
        List<ImportedPatient.Identifier> identifiers = p.getIdentifier().stream()
                .filter(id -> id.hasSystem() && id.hasValue() && !MedicareId.SYSTEM.equals(id.getSystem()))
                .map(id -> new ImportedPatient.Identifier(id.getSystem(), id.getValue(),
                        id.hasType() ? FhirValues.coding(id.getType()).getCode() : null))
                .toList();
        String language = p.hasCommunication() ? FhirValues.coding(p.getCommunicationFirstRep().getLanguage()).getCode() : null;
        return new ImportedPatient(sourceKey, mrn, name.hasFamily() ? name.getFamily() : "",
                name.getGivenAsSingleString(), FhirValues.day(p.getBirthDateElement()), sex(p),
                p.hasDeceasedDateTimeType() || p.hasDeceasedBooleanType() && p.getDeceasedBooleanType().booleanValue(),
                p.hasDeceasedDateTimeType() ? FhirValues.day(p.getDeceasedDateTimeType()) : null,
                FhirValues.telecom(p.getTelecom(), ContactPoint.ContactPointSystem.PHONE),
                FhirValues.telecom(p.getTelecom(), ContactPoint.ContactPointSystem.EMAIL), language,
                FhirValues.line(address), address.getCity(), address.getState(), address.getPostalCode(),
                address.getCountry(), identifiers, medicareId);
    }

    /** The MBI the EHR sent, in the stored form; one that breaks the CMS format is refused, naming the element. */
    private static String medicareId(Patient p) {
        for (int i = 0; i < p.getIdentifier().size(); i++) {
            Identifier id = p.getIdentifier().get(i);
            if (MedicareId.SYSTEM.equals(id.getSystem()) && id.hasValue()) {
                if (!MedicareId.isValid(id.getValue())) {
                    throw new Untranslatable("Patient.identifier[" + i + "].value is not a Medicare Beneficiary "
                            + "Identifier (11 characters such as 1EG4-TE5-MK73)", "identifier[" + i + "].value");
                }
                return MedicareId.normalize(id.getValue());
            }
        }
        return null;
    }

    /**
     * The registry keeps names, numbers and addresses of a sensible length ({@link RegistryFieldLimits}, which the
     * JSON API and the database hold too); a megabyte family name is damage, refused by naming the element rather
     * than failing in the database.
     */
    private static void refuseOversized(Patient p, HumanName name, Address address) {
        String n = "name[" + Math.max(0, p.getName().indexOf(name)) + "]";
        limit(name.getFamily(), NAME, n + ".family");
        limit(name.getGivenAsSingleString(), NAME, n + ".given");
        for (int i = 0; i < p.getIdentifier().size(); i++) {
            Identifier id = p.getIdentifier().get(i);
            limit(id.getSystem(), IDENTIFIER, "identifier[" + i + "].system");
            limit(id.getValue(), isMedicalRecordNumber(id) ? MRN : IDENTIFIER, "identifier[" + i + "].value");
        }
        for (int i = 0; i < p.getTelecom().size(); i++) {
            ContactPoint telecom = p.getTelecom().get(i);
            limit(telecom.getValue(), telecom.getSystem() == ContactPoint.ContactPointSystem.EMAIL ? EMAIL : PHONE,
                    "telecom[" + i + "].value");
        }
        String a = "address[" + Math.max(0, p.getAddress().indexOf(address)) + "]";
        limit(FhirValues.line(address), SHORT_TEXT, a + ".line");
        limit(address.getCity(), NAME, a + ".city");
        limit(address.getState(), NAME, a + ".state");
        limit(address.getPostalCode(), POSTAL_CODE, a + ".postalCode");
        limit(address.getCountry(), NAME, a + ".country");
    }

    private static void limit(String value, int max, String element) {
        if (value != null && value.length() > max) {
            throw new Untranslatable("Patient." + element + " is " + String.format("%,d", value.length())
                    + " characters long; CareLoop keeps at most " + max, element);
        }
    }

    private static boolean isMedicalRecordNumber(Identifier id) {
        return id.hasValue() && id.getType().getCoding().stream().anyMatch(c -> "MR".equals(c.getCode()));
    }

    private static String sex(Patient p) {
        return p.hasGender() && p.getGender() != AdministrativeGender.NULL ? p.getGender().toCode() : "unknown";
    }

    private static Identifier identifier(PatientIdentifier identifier) {
        Identifier fhir = new Identifier().setSystem(identifier.system()).setValue(identifier.value());
        if (identifier.type() != null) {
            fhir.setType(new CodeableConcept(new Coding(IDENTIFIER_TYPE, identifier.type(), null)));
        }
        return fhir;
    }

    private static Patient.ContactComponent contact(PatientContact contact) {
        Patient.ContactComponent fhir = new Patient.ContactComponent();
        fhir.addRelationship(new CodeableConcept(new Coding(CONTACT_ROLE,
                contact.kind() == PatientContact.Kind.EMERGENCY ? "C" : "CP",
                contact.kind() == PatientContact.Kind.EMERGENCY ? "Emergency Contact" : "Contact person")));
        if (contact.relation() != null) {
            fhir.addRelationship(new CodeableConcept().setText(contact.relation()));
        }
        fhir.setName(new HumanName().setText(contact.name()));
        if (contact.phone() != null) {
            fhir.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(contact.phone()));
        }
        return fhir;
    }
}
