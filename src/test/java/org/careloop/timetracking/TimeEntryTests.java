package org.careloop.timetracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.careloop.RefusedTransition;
import org.careloop.identity.Role;
import org.careloop.program.CareProgram;
import org.careloop.program.Performer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeEntryTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Predicate<YearMonth> NOTHING_CLOSED = month -> false;
    static final Predicate<YearMonth> OCTOBER_CLOSED = month -> month.equals(YearMonth.of(2026, 10));
    static final Clinician NURSE = new Clinician(UUID.randomUUID(), "Priya Patel", "RN", Performer.CLINICAL_STAFF);
    static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

    @Test
    void minutesAreTheWholeMinutesElapsedNeverRoundedUp() {
        TimeSpan span = new TimeSpan(Instant.parse("2026-11-02T15:00:00Z"), Instant.parse("2026-11-02T15:19:59Z"));
        assertThat(span.minutes()).isEqualTo(19);
        assertThat(TimeSpan.ofMinutes(Instant.parse("2026-11-02T15:00:00Z"), 20).minutes()).isEqualTo(20);
    }

    @Test
    void aSpanMustEndAfterItStarts() {
        Instant start = Instant.parse("2026-11-02T15:00:00Z");
        assertThatThrownBy(() -> new TimeSpan(start, start)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDateOfServiceIsTheDayTheWorkStartedInThePracticesTimeZone() {
        TimeEntry entry = log(new TimeSpan(Instant.parse("2026-11-01T03:30:00Z"), Instant.parse("2026-11-01T03:50:00Z")),
                false, NOTHING_CLOSED);
        assertThat(entry.date()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void loggingRegistersTimeLoggedWithPerformerAndMinutes() {
        TimeEntry entry = log(october(10, 20), false, NOTHING_CLOSED);
        assertThat(entry.events()).singleElement().isInstanceOfSatisfying(TimeLogged.class, logged -> {
            assertThat(logged.minutes()).isEqualTo(20);
            assertThat(logged.performer()).isEqualTo(Performer.CLINICAL_STAFF);
            assertThat(logged.date()).isEqualTo(LocalDate.of(2026, 10, 10));
            assertThat(logged.amendment()).isFalse();
        });
    }

    @Test
    void newTimeInAClosedMonthIsRefusedAskingForAnAmendment() {
        assertThatThrownBy(() -> log(october(10, 20), false, OCTOBER_CLOSED))
                .isInstanceOf(RefusedTransition.class)
                .hasMessage("October 2026 is closed for billing; record an amendment");
    }

    @Test
    void anAmendmentMayBeLoggedIntoAClosedMonthAndIsFlagged() {
        UUID original = UUID.randomUUID();
        TimeEntry amendment = TimeEntry.log(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), NURSE,
                new NewTimeEntry(details(october(12, 5)), false, original), NEW_YORK, OCTOBER_CLOSED, NOW);
        assertThat(amendment.amendment()).as("naming the entry it amends makes it an amendment").isTrue();
        assertThat(amendment.amends()).isEqualTo(original);
        assertThat(((TimeLogged) amendment.events().get(0)).amendment()).isTrue();
    }

    @Test
    void anEntryOfAClosedMonthCannotBeRevisedOrWithdrawn() {
        TimeEntry entry = stored(october(10, 20));
        assertThatThrownBy(() -> entry.revise(details(october(10, 25)), NEW_YORK, OCTOBER_CLOSED, NURSE.id(), NOW))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("October 2026 is closed for billing");
        assertThatThrownBy(() -> entry.withdraw(OCTOBER_CLOSED, NURSE.id(), NOW))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("October 2026 is closed for billing");
        assertThat(entry.version()).isZero();
        assertThat(entry.minutes()).isEqualTo(20);
    }

    @Test
    void anEntryCannotBeMovedIntoAClosedMonth() {
        TimeEntry entry = stored(new TimeSpan(Instant.parse("2026-11-03T15:00:00Z"), Instant.parse("2026-11-03T15:20:00Z")));
        assertThatThrownBy(() -> entry.revise(details(october(30, 20)), NEW_YORK, OCTOBER_CLOSED, NURSE.id(), NOW))
                .isInstanceOf(RefusedTransition.class).hasMessage("October 2026 is closed for billing; record an amendment");
    }

    @Test
    void aRevisionBumpsTheVersionNamesTheEditorAndTellsWhatChanged() {
        TimeEntry entry = stored(october(10, 20));
        UUID editor = UUID.randomUUID();
        entry.revise(details(october(11, 35)), NEW_YORK, NOTHING_CLOSED, editor, NOW);

        assertThat(entry.version()).isEqualTo(1);
        assertThat(entry.changedBy()).isEqualTo(editor);
        assertThat(entry.events()).singleElement().isInstanceOfSatisfying(TimeEntryRevised.class, revised -> {
            assertThat(revised.previousMinutes()).isEqualTo(20);
            assertThat(revised.minutes()).isEqualTo(35);
            assertThat(revised.previousDate()).isEqualTo(LocalDate.of(2026, 10, 10));
            assertThat(revised.date()).isEqualTo(LocalDate.of(2026, 10, 11));
            assertThat(revised.revisedBy()).isEqualTo(editor);
        });
    }

    @Test
    void aWithdrawnEntryCannotChangeAgain() {
        TimeEntry entry = stored(october(10, 20));
        entry.withdraw(NOTHING_CLOSED, NURSE.id(), NOW);
        assertThat(entry.withdrawn()).isTrue();
        assertThatThrownBy(() -> entry.revise(details(october(10, 30)), NEW_YORK, NOTHING_CLOSED, NURSE.id(), NOW))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("is withdrawn");
    }

    @Test
    void providersLogPractitionerTimeNursesAndCareManagersClinicalStaffTimeBillersNone() {
        assertThat(Clinicians.performerOf(Set.of(Role.PROVIDER))).contains(Performer.BILLING_PRACTITIONER);
        assertThat(Clinicians.performerOf(Set.of(Role.NURSE))).contains(Performer.CLINICAL_STAFF);
        assertThat(Clinicians.performerOf(Set.of(Role.CARE_MANAGER, Role.ADMIN))).contains(Performer.CLINICAL_STAFF);
        assertThat(Clinicians.performerOf(Set.of(Role.BILLER))).isEmpty();
        assertThat(Clinicians.performerOf(Set.of(Role.ADMIN))).isEmpty();
    }

    private static TimeEntry log(TimeSpan span, boolean amendment, Predicate<YearMonth> closed) {
        return TimeEntry.log(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), NURSE,
                new NewTimeEntry(details(span), amendment, null), NEW_YORK, closed, NOW);
    }

    /** An entry as loaded from the database, before anything happened to it. */
    private static TimeEntry stored(TimeSpan span) {
        return new TimeEntry(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), NURSE, details(span),
                span.dateIn(NEW_YORK), false, null, false, 0, NURSE.id(), NOW, null, null);
    }

    private static TimeDetails details(TimeSpan span) {
        return new TimeDetails(CareProgram.CCM, CareActivity.PATIENT_COMMUNICATION, span, null, null);
    }

    /** {@code minutes} from 10:00 New York time on a day of October 2026. */
    private static TimeSpan october(int day, int minutes) {
        return TimeSpan.ofMinutes(LocalDate.of(2026, 10, day).atTime(10, 0).atZone(NEW_YORK).toInstant(), minutes);
    }
}
