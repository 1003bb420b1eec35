package org.careloop.patient.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.patient.PatientAddress;
import org.careloop.patient.PatientContact;
import org.careloop.patient.PatientDetails;
import org.careloop.patient.PatientIdentifier;
import org.careloop.patient.PatientStatus;
import org.careloop.patient.PreferredContactMethod;

/**
 * The JSON body of a registration or revision. Choices arrive as text so that an unknown value is reported
 * against its field instead of failing the whole body. {@code version} is required when revising.
 */
record PatientForm(UUID practiceId, String mrn, String familyName, String givenNames, LocalDate birthDate, String sex,
                   LocalDate deceasedOn, String phone, String email, String preferredContactMethod,
                   String bestTimeToCall, String preferredLanguage, Boolean interpreterNeeded, PatientAddress address,
                   UUID assignedCareManagerId, String status, List<PatientIdentifier> identifiers,
                   List<ContactForm> contacts, Integer version, String medicareId) {

    /** A caregiver or emergency contact as sent by the client. */
    record ContactForm(String kind, String name, String relation, String phone, Boolean mayReceiveHealthInformation) {
    }

    PatientDetails toDetails(UUID defaultPractice) {
        Map<String, String> problems = new LinkedHashMap<>();
        PreferredContactMethod method = choice(PreferredContactMethod.class, preferredContactMethod,
                "preferredContactMethod", problems);
        PatientStatus chosenStatus = choice(PatientStatus.class, status, "status", problems);
        List<PatientContact> chosenContacts = null;
        if (contacts != null) {
            chosenContacts = new ArrayList<>();
            for (int i = 0; i < contacts.size(); i++) {
                ContactForm contact = contacts.get(i);
                if (contact == null) {
                    problems.put("contacts[" + i + "]", "must not be empty");
                    continue;
                }
                PatientContact.Kind kind = choice(PatientContact.Kind.class, contact.kind(), "contacts[" + i + "].kind",
                        problems);
                chosenContacts.add(new PatientContact(kind, contact.name(), contact.relation(), contact.phone(),
                        Boolean.TRUE.equals(contact.mayReceiveHealthInformation())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        return new PatientDetails(practiceId == null ? defaultPractice : practiceId, mrn, familyName, givenNames,
                birthDate, sex == null ? null : sex.toLowerCase(Locale.ROOT), deceasedOn, phone, email, method,
                bestTimeToCall, preferredLanguage, Boolean.TRUE.equals(interpreterNeeded), address,
                assignedCareManagerId, chosenStatus, identifiers, chosenContacts, medicareId);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.put(field, "must be one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }
}
