package org.careloop.transition.internal;

import java.time.LocalDate;

import org.careloop.outreach.InteractionKind;
import org.careloop.outreach.InteractionOutcome;
import org.careloop.transition.HospitalEncounterReported.DischargeDisposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadlines after a discharge, which dispositions open a transition and which contacts count. */
class TransitionDeadlinesTests {

    @Test
    void aTuesdayDischargeIsCalledByThursdaySeenByDay7Or14AndBilledAfterDay30() {
        TransitionDeadlines.Deadlines due = TransitionDeadlines.afterDischarge(LocalDate.of(2026, 12, 1));
        assertThat(due.contactDueBy()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(due.highComplexityVisitBy()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(due.faceToFaceDueBy()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(due.periodEndsOn()).as("30 days starting on the discharge day").isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void anEdVisitAsksOnlyForTheFollowUpCallWithinTheSettingsBusinessDays() {
        TransitionDeadlines.Deadlines due = TransitionDeadlines.afterEmergencyVisit(LocalDate.of(2026, 12, 4), 3);
        assertThat(due.contactDueBy()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(due.faceToFaceDueBy()).isNull();
        assertThat(due.periodEndsOn()).isNull();
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "HL7_0112, 01, COMMUNITY", "HL7_0112, 1, COMMUNITY", "HL7_0112, 06, COMMUNITY", "HL7_0112, 04, COMMUNITY",
            "HL7_0112, 81, COMMUNITY", "HL7_0112, 86, COMMUNITY", "HL7_0112, 07, COMMUNITY",
            "HL7_0112, 02, FACILITY", "HL7_0112, 03, FACILITY", "HL7_0112, 20, FACILITY", "HL7_0112, 50, FACILITY",
            "HL7_0112, 51, FACILITY", "HL7_0112, 62, FACILITY", "HL7_0112, 83, FACILITY", "HL7_0112, 12, UNREPORTED",
            "FHIR, home, COMMUNITY", "FHIR, alt-home, COMMUNITY", "FHIR, snf, FACILITY", "FHIR, hosp, FACILITY",
            "FHIR, exp, FACILITY", "FHIR, oth, UNREPORTED"})
    void aDischargeToHomeOrAssistedLivingIsACommunitySettingAndOneToAFacilityIsNot(String system, String code,
                                                                                 CommunitySettings.Setting setting) {
        assertThat(CommunitySettings.of(new DischargeDisposition(system, code, null))).isEqualTo(setting);
    }

    @Test
    void aDischargeWithoutADispositionIsUnreported() {
        assertThat(CommunitySettings.of(null)).isEqualTo(CommunitySettings.Setting.UNREPORTED);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "OUTBOUND_CALL, REACHED, INTERACTIVE", "INBOUND_CALL, REACHED, INTERACTIVE", "VISIT, REACHED, INTERACTIVE",
            "OUTBOUND_CALL, NO_ANSWER, ATTEMPT", "OUTBOUND_CALL, LEFT_VOICEMAIL, ATTEMPT",
            "OUTBOUND_CALL, WRONG_NUMBER, ATTEMPT", "OUTBOUND_MESSAGE, REACHED, ATTEMPT",
            "INBOUND_MESSAGE, REACHED, NOT_COUNTED", "INBOUND_CALL, NO_ANSWER, NOT_COUNTED"})
    void aReachedCallOrVisitIsTheContactAndAnUnansweredCallAnAttempt(InteractionKind kind, InteractionOutcome outcome,
                                                                    InteractiveContact.Worth worth) {
        assertThat(InteractiveContact.of(kind, outcome)).isEqualTo(worth);
    }
}
