package org.careloop.patient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Caller;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.springframework.stereotype.Component;

/**
 * What a registry entry must satisfy before it is saved, with one message per bad field (named as in the JSON
 * API) so a form can show each message beside its field.
 */
@Component
class RegistrationRules {

    private static final Set<String> SEXES = Set.of("female", "male", "other", "unknown");

    private final Staff staff;
    private final Patients patients;

    RegistrationRules(Staff staff, Patients patients) {
        this.staff = staff;
        this.patients = patients;
    }

    Map<String, String> problems(PatientDetails details, Caller caller, UUID patientId, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (details.practiceId() == null || !caller.worksIn(details.practiceId())) {
            problems.put("practiceId", "must be one of your practices");
        }
        if (isBlank(details.familyName())) {
            problems.put("familyName", "must not be blank");
        }
        if (isBlank(details.givenNames())) {
            problems.put("givenNames", "must not be blank");
        }
        if (details.birthDate() == null) {
            problems.put("birthDate", "must not be empty");
        } else if (details.birthDate().isAfter(today)) {
            problems.put("birthDate", "must not be in the future");
        }
        if (details.sex() == null || !SEXES.contains(details.sex())) {
            problems.put("sex", "must be one of female, male, other, unknown");
        }
        if (details.deceasedOn() != null && details.birthDate() != null && details.deceasedOn().isBefore(details.birthDate())) {
            problems.put("deceasedOn", "must not be before the birth date");
        }
        if (details.email() != null && !details.email().isBlank() && !details.email().matches("[^@\\s]+@[^@\\s]+")) {
            problems.put("email", "must be an email address");
        }
        if (details.medicareId() != null && !details.medicareId().isBlank() && !MedicareId.isValid(details.medicareId())) {
            problems.put("medicareId", MedicareId.RULE);
        }
        RegistryFieldLimits.check(details, problems);
        if (details.mrn() != null && details.practiceId() != null && !problems.containsKey("practiceId")
                && !problems.containsKey("mrn")
                && patients.mrnTaken(details.practiceId(), details.mrn().trim(), patientId)) {
            problems.put("mrn", "is already used by another patient of this practice");
        }
        if (details.assignedCareManagerId() != null && details.practiceId() != null) {
            careManagerProblem(details.practiceId(), details.assignedCareManagerId())
                    .ifPresent(problem -> problems.put("assignedCareManagerId", problem));
        }
        if (details.contacts() != null) {
            for (int i = 0; i < details.contacts().size(); i++) {
                PatientContact contact = details.contacts().get(i);
                if (contact == null) {
                    problems.put("contacts[" + i + "]", "must not be empty");
                    continue;
                }
                if (contact.kind() == null) {
                    problems.put("contacts[" + i + "].kind", "must be CAREGIVER or EMERGENCY");
                }
                if (isBlank(contact.name())) {
                    problems.put("contacts[" + i + "].name", "must not be blank");
                }
            }
        }
        if (details.identifiers() != null) {
            for (int i = 0; i < details.identifiers().size(); i++) {
                PatientIdentifier identifier = details.identifiers().get(i);
                if (identifier == null) {
                    problems.put("identifiers[" + i + "]", "must not be empty");
                    continue;
                }
                if (isBlank(identifier.system())) {
                    problems.put("identifiers[" + i + "].system", "must not be blank");
                } else if (MedicareId.SYSTEM.equals(identifier.system().trim())) {
                    problems.put("identifiers[" + i + "].system", "the Medicare Beneficiary Identifier goes in medicareId");
                }
                if (isBlank(identifier.value())) {
                    problems.put("identifiers[" + i + "].value", "must not be blank");
                }
            }
        }
        return problems;
    }

    /** Why the person cannot be the care manager of the practice's patients, if they cannot. */
    Optional<String> careManagerProblem(UUID practiceId, UUID careManagerId) {
        return staff.inPractice(practiceId, Role.CARE_MANAGER).stream()
                .anyMatch(person -> person.id().equals(careManagerId))
                ? Optional.empty() : Optional.of("must be a care manager of the patient's practice");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
