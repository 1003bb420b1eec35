package org.careloop.chart.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.patient.PatientDeath;
import org.careloop.program.CareProgram;

/**
 * What stays in view while the chart scrolls: who the patient is, their programs and consent, this month's minutes
 * toward the next billing threshold, who manages their care, their allergies and safety flags. {@code allergies}
 * are the substances the patient reacts to; {@code noKnownAllergies} the explicit statements that there are none
 * (such as SNOMED 716186003 "No known allergy"). With neither on record the chart says allergies are not recorded.
 * {@code death} is set once the patient is known to have died: the header then gives the age at death, a banner says
 * when and who told us, and no call can be started; {@code mayRecordDeath} offers the "Record death" form.
 */
public record ChartHeader(UUID patientId, String name, Integer age, LocalDate birthDate, String sex, String mrn,
                   String phone, String bestTimeToCall, String preferredLanguage, List<Program> programs,
                   int minutesThisMonth, Threshold next, String careManager, List<String> allergies,
                   List<String> noKnownAllergies, List<String> flags, PatientDeath death, boolean mayRecordDeath) {

    public ChartHeader {
        programs = List.copyOf(programs);
        allergies = List.copyOf(allergies);
        noKnownAllergies = List.copyOf(noKnownAllergies);
        flags = List.copyOf(flags);
    }

    /** One enrollment: program, lifecycle status and where the consent for its billing practitioner stands. */
    public record Program(CareProgram program, String status, Consent consent, String consentMethod, LocalDate consentOn) {
    }

    /** Consent for the enrollment's current billing practitioner. */
    public enum Consent { GIVEN, REVOKED, MISSING }

    /** The nearest billing threshold: "6 min to 99490" in CCM, with the program's minutes so far. */
    public record Threshold(CareProgram program, String code, int minutesSoFar, int minutesShort, int minutesNeeded) {
    }
}
