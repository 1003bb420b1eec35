package org.careloop.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.assessment.Answer;
import org.careloop.assessment.Assessments;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlanning;
import org.careloop.careplan.NewCarePlan;
import org.careloop.careplan.ReviewSchedule;
import org.careloop.enrollment.ChronicConditionMatch;
import org.careloop.enrollment.Consent;
import org.careloop.enrollment.EligibilityScreening;
import org.careloop.enrollment.Enrollment;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.identity.ActingStaff;
import org.careloop.patient.NewObservation;
import org.careloop.patient.ObservationSource;
import org.careloop.patient.PatientObservation;
import org.careloop.identity.Staff;
import org.careloop.monitoring.DeviceFeed;
import org.careloop.monitoring.DeviceReading;
import org.careloop.monitoring.Devices;
import org.careloop.monitoring.NewDevice;
import org.careloop.monitoring.RaisedAlert;
import org.careloop.monitoring.Reading;
import org.careloop.monitoring.Readings;
import org.careloop.task.EscalationDisposition;
import org.careloop.task.Task;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskStatus;
import org.careloop.outreach.InteractionKind;
import org.careloop.outreach.InteractionOutcome;
import org.careloop.outreach.NewInteraction;
import org.careloop.outreach.Outreach;
import org.careloop.patient.PatientRoster;
import org.careloop.program.CareProgram;
import org.careloop.timetracking.CareActivity;
import org.careloop.timetracking.NewTimeEntry;
import org.careloop.timetracking.TimeDetails;
import org.careloop.timetracking.TimeLog;
import org.careloop.timetracking.TimeSpan;
import org.springframework.stereotype.Component;

/**
 * A believable month for the demo practices, done through the same services the API uses, as the demo staff:
 * most patients in CCM (a few in PCM, RPM and APCM, a few still waiting for consent), consents, care plans from
 * the templates signed by the practice's provider, screenings (one positive PHQ-9 item 9, which escalates to the
 * nurse), calls, and minutes spread over the month so some patients are past 20 minutes, some close, some not yet
 * contacted.
 */
@Component
class DemoMonth {

    private static final Map<String, String> TEMPLATE_FOR_CATEGORY = Map.of("diabetes", "diabetes",
            "hypertension", "hypertension", "heart_failure", "heart-failure", "copd", "copd",
            "chronic_kidney_disease", "ckd", "depression", "depression");
    private static final int[] MONTH_MINUTES = {0, 16, 24, 41, 18, 35, 8, 62, 0, 21, 12, 45};

    private final PatientRoster roster;
    private final ProgramEnrollments enrollments;
    private final EligibilityScreening eligibility;
    private final CarePlanning carePlans;
    private final Assessments assessments;
    private final Outreach outreach;
    private final TimeLog timeLog;
    private final Staff staff;
    private final ActingStaff acting;
    private final Clock clock;
    private final Devices devices;
    private final DeviceFeed deviceFeed;
    private final Readings readings;
    private final TaskBoard taskBoard;

    DemoMonth(PatientRoster roster, ProgramEnrollments enrollments, EligibilityScreening eligibility,
              CarePlanning carePlans, Assessments assessments, Outreach outreach, TimeLog timeLog, Staff staff,
              ActingStaff acting, Clock clock, Devices devices, DeviceFeed deviceFeed, Readings readings,
              TaskBoard taskBoard) {
        this.readings = readings;
        this.taskBoard = taskBoard;
        this.devices = devices;
        this.deviceFeed = deviceFeed;
        this.roster = roster;
        this.enrollments = enrollments;
        this.eligibility = eligibility;
        this.carePlans = carePlans;
        this.assessments = assessments;
        this.outreach = outreach;
        this.timeLog = timeLog;
        this.staff = staff;
        this.acting = acting;
        this.clock = clock;
    }

    void prepare(UUID practice, String careManager, String provider) {
        prepare(practice, careManager, provider, null);
    }

    /** As {@link #prepare(UUID, String, String)}; {@code nurse} (when the practice has one) works the reading alerts. */
    void prepare(UUID practice, String careManager, String provider, String nurse) {
        UUID providerId = staff.findByUsername(provider).orElseThrow().id();
        List<PatientRoster.RosterEntry> patients = roster.ofPractice(practice).values().stream()
                .filter(p -> p.status().equals("ACTIVE"))
                .sorted(Comparator.comparing(PatientRoster.RosterEntry::familyName).thenComparing(PatientRoster.RosterEntry::id))
                .toList();
        Schedule schedule = new Schedule(clock);
        for (int i = 0; i < patients.size(); i++) {
            prepare(patients.get(i), i, careManager, provider, providerId, schedule);
        }
        String alertWorker = nurse == null ? careManager : nurse;
        for (int i = 0; i < patients.size(); i++) {
            if (i == 5 || i == 9 || i == 11) { // one of each state per practice
                readingAlert(patients.get(i), i, careManager, alertWorker, schedule);
            }
        }
    }

    private void prepare(PatientRoster.RosterEntry patient, int i, String careManager, String provider, UUID providerId,
                         Schedule schedule) {
        CareProgram program = switch (i % 20) {
            case 3 -> CareProgram.PCM;
            case 7 -> CareProgram.APCM;
            case 5, 9, 11 -> CareProgram.RPM;
            default -> CareProgram.CCM;
        };
        boolean awaitingConsent = i % 20 == 15;
        Enrollment enrollment = acting.as(careManager, () -> enrollments.refer(patient.id(),
                new ProgramEnrollments.Referral(program, program == CareProgram.CCM && i % 10 == 0, providerId, null,
                        "chronic conditions on the problem list", program == CareProgram.APCM && i % 2 == 1 ? schedule.monthStart() : null)));
        Enrollment attested = acting.as(provider, () -> enrollments.attest(enrollment.id(), enrollment.version(),
                "reviewed the problem list"));
        if (awaitingConsent) {
            return;
        }
        acting.run(careManager, () -> enrollments.recordConsent(attested.id(), new ProgramEnrollments.ConsentGiven(
                i % 3 == 0 ? Consent.ConsentMethod.WRITTEN : Consent.ConsentMethod.VERBAL, schedule.monthStart().minusMonths(1).plusDays(i % 20),
                true, true, true, true, "en", null, null)));
        if (program != CareProgram.RPM) {
            carePlan(patient.id(), program, careManager, provider, i);
        }
        screenings(patient.id(), careManager, i);
        month(patient.id(), program, careManager, MONTH_MINUTES[i % MONTH_MINUTES.length], schedule, i);
        if (program == CareProgram.RPM) {
            bloodPressureCuff(patient, careManager, schedule, i);
        }
    }

    /**
     * A cuff sent through the device feed like a vendor's, in one of three believable states: a patient on it for
     * weeks who reads most mornings (16 or more device days in the period in progress, 99454), a patient who started
     * two weeks ago (11 device days so far, short of the 16), and — the first of every twenty — a cuff registered
     * before the month with readings on most days or, every other one, on about a third of the days (99445).
     */
    private void bloodPressureCuff(PatientRoster.RosterEntry patient, String careManager, Schedule schedule, int i) {
        LocalDate start;
        LocalDate last = schedule.today;
        java.util.function.LongPredicate skipped;
        switch (i % 20) {
            case 5 -> { // steady: 25 days into the period, a morning missed every fifth day
                start = schedule.today.minusDays(24);
                skipped = n -> n % 5 == 0;
            }
            case 9 -> { // started two weeks ago, 11 readings up to yesterday, whatever the hour the demo starts
                start = schedule.today.minusDays(14);
                last = schedule.today.minusDays(1);
                long first = start.toEpochDay();
                skipped = n -> (n - first) % 4 == 3;
            }
            default -> {
                boolean faithful = i % 40 == 11;
                start = schedule.monthStart().minusDays(faithful ? 25 : 10);
                skipped = n -> faithful ? n % 3 == 2 : n % 3 != 0;
            }
        }
        String vendorId = vendorIdOf(patient);
        LocalDate lastDay = last;
        acting.run(careManager, () -> {
            devices.register(patient.id(), new NewDevice("BP_CUFF", "Omron", "BP7350 Connect", "OM" + (1000 + i),
                    vendorId, start));
            List<DeviceReading> readings = new ArrayList<>();
            for (LocalDate day = start; !day.isAfter(lastDay); day = day.plusDays(1)) {
                long n = day.toEpochDay();
                java.time.OffsetDateTime at = day.atTime(7, 30).atZone(schedule.zone).toOffsetDateTime();
                if (skipped.test(n) || at.toInstant().isAfter(schedule.now)) {
                    continue;
                }
                readings.add(bloodPressure(readings.size(), vendorId, at, 124 + n % 12, 74 + n % 8));
            }
            deviceFeed.receive(patient.practiceId(), readings);
        });
    }

    /**
     * Reading alerts in the states a nurse meets them: an urgent 184/112 this morning waiting in the nurses' pool,
     * a low 86/58 from last evening the nurse has taken, and a 182/96 two days ago that turned out to be a cuff put
     * on over a sleeve — the reading marked in error and the alert closed with that disposition and a note.
     */
    private void readingAlert(PatientRoster.RosterEntry patient, int i, String careManager, String nurse,
                              Schedule schedule) {
        java.time.ZonedDateTime now = schedule.now.atZone(schedule.zone);
        java.time.OffsetDateTime at = switch (i % 20) {
            case 5 -> earlier(schedule.today.atTime(7, 10).atZone(schedule.zone), now);
            case 9 -> earlier(schedule.today.minusDays(1).atTime(20, 40).atZone(schedule.zone), now);
            default -> earlier(schedule.today.minusDays(2).atTime(18, 5).atZone(schedule.zone), now);
        };
        int[] pressure = switch (i % 20) {
            case 5 -> new int[] {184, 112};
            case 9 -> new int[] {86, 58};
            default -> new int[] {182, 96};
        };
        UUID readingId = acting.as(careManager, () -> deviceFeed.receive(patient.practiceId(), List.of(
                bloodPressure(0, vendorIdOf(patient), at, pressure[0], pressure[1])))).get(0).observationId();
        if (i % 20 == 5) {
            return; // left in the nurses' pool
        }
        acting.run(nurse, () -> {
            UUID nurseId = staff.findByUsername(nurse).orElseThrow().id();
            RaisedAlert alert = readings.alertsOf(patient.id()).stream()
                    .filter(raised -> raised.readingId().equals(readingId)).findFirst().orElseThrow();
            Task task = taskBoard.list(TaskBoard.View.ALL, patient.id(), true).stream()
                    .filter(open -> open.id().equals(alert.taskId())).findFirst().orElseThrow();
            Task taken = taskBoard.change(task.id(), new TaskBoard.Change(task.version(), TaskStatus.IN_PROGRESS,
                    nurseId, null, null, null));
            if (i % 20 == 9) {
                return; // the nurse is on it
            }
            Reading reading = readings.list(patient.id(), "BLOOD_PRESSURE").stream()
                    .filter(r -> r.id().equals(readingId)).findFirst().orElseThrow();
            readings.markInError(patient.id(), reading.id(), "Cuff put on over a sweater sleeve; repeat reading 136/84",
                    reading.version());
            taskBoard.change(taken.id(), new TaskBoard.Change(taken.version(), TaskStatus.DONE, null, null, null, null,
                    EscalationDisposition.READING_IN_ERROR, "Reached the patient: no headache, chest pain or vision "
                            + "change. Cuff had been put on over a sleeve; repeat 136/84 on the bare arm. Reading "
                            + "marked in error, reviewed cuff technique."));
        });
    }

    private static java.time.OffsetDateTime earlier(java.time.ZonedDateTime wanted, java.time.ZonedDateTime now) {
        return (wanted.isAfter(now.minusMinutes(10)) ? now.minusMinutes(10) : wanted).toOffsetDateTime();
    }

    private static String vendorIdOf(PatientRoster.RosterEntry patient) {
        return "demo-cuff-" + patient.id().toString().substring(0, 8);
    }

    private static DeviceReading bloodPressure(int entry, String vendorId, java.time.OffsetDateTime at, long systolic,
                                               long diastolic) {
        return new DeviceReading(entry, vendorId, null, null, new NewObservation("vital-signs", "85354-9",
                "Blood pressure panel", null, null, at, List.of(
                new PatientObservation.Component("http://loinc.org", "8480-6", "Systolic blood pressure",
                        BigDecimal.valueOf(systolic), "mm[Hg]", null, null),
                new PatientObservation.Component("http://loinc.org", "8462-4", "Diastolic blood pressure",
                        BigDecimal.valueOf(diastolic), "mm[Hg]", null, null)), ObservationSource.DEVICE));
    }

    private void carePlan(UUID patient, CareProgram program, String careManager, String provider, int i) {
        Set<String> templates = new LinkedHashSet<>();
        acting.as(careManager, () -> eligibility.screen(patient)).chronicConditions().stream()
                .map(ChronicConditionMatch::category).map(TEMPLATE_FOR_CATEGORY::get).filter(java.util.Objects::nonNull)
                .forEach(templates::add);
        CarePlanView plan = acting.as(careManager, () -> carePlans.start(patient, new NewCarePlan(program,
                List.copyOf(templates), new ReviewSchedule(LocalDate.now(clock).plusDays(i % 45 - 5), Period.ofMonths(3)))));
        if (i % 9 == 4) {
            acting.run(careManager, () -> carePlans.requestSignOff(plan.id()));
            return; // left in the provider's inbox
        }
        acting.run(careManager, () -> carePlans.requestSignOff(plan.id()));
        acting.run(provider, () -> carePlans.sign(plan.id(), plan.version()));
    }

    private void screenings(UUID patient, String careManager, int i) {
        acting.run(careManager, () -> {
            if (i == 2) {
                assessments.administer(patient, "PHQ-9", scores(1, 1, 2, 1, 1, 0, 1, 0, 1));
            } else if (i % 5 == 0) {
                assessments.administer(patient, "PHQ-2", i % 15 == 0 ? scores(2, 1) : scores(0, 1));
            }
            if (i % 7 == 1) {
                assessments.administer(patient, "AHC HRSN", List.of(Answer.code("steady-place"), Answer.code("none"),
                        Answer.code("sometimes-true"), Answer.code("never-true"), Answer.code(i % 2 == 0 ? "yes" : "no"),
                        Answer.code("no"), Answer.code("never"), Answer.code("never"), Answer.code("never"), Answer.code("rarely")));
            }
        });
    }

    private void month(UUID patient, CareProgram program, String careManager, int minutes, Schedule schedule, int i) {
        if (minutes == 0) {
            return; // not yet contacted this month
        }
        acting.run(careManager, () -> {
            Instant callAt = schedule.next();
            UUID call = outreach.record(patient, new NewInteraction(InteractionKind.OUTBOUND_CALL,
                    i % 4 == 3 && program != CareProgram.RPM ? InteractionOutcome.LEFT_VOICEMAIL
                            : InteractionOutcome.REACHED,
                    List.of("medications", "symptoms", "goals"), "Monthly check-in call.", null, callAt)).id();
            CareProgram timeProgram = program.isLoggedInMinutes() ? program : CareProgram.CCM;
            int left = minutes;
            boolean first = true;
            while (left > 0) {
                int piece = Math.min(left, first ? 14 : 20);
                Instant start = first ? callAt : schedule.next();
                timeLog.log(patient, new NewTimeEntry(new TimeDetails(timeProgram,
                        first ? CareActivity.PATIENT_COMMUNICATION : CareActivity.CARE_COORDINATION,
                        TimeSpan.ofMinutes(start, piece), first ? call : null,
                        first ? "Monthly call: reviewed medications and goals" : "Coordinated with the pharmacy and updated the care plan"),
                        false, null));
                left -= piece;
                first = false;
            }
        });
    }

    private static List<Answer> scores(int... values) {
        List<Answer> answers = new ArrayList<>();
        for (int value : values) {
            answers.add(Answer.score(value));
        }
        return answers;
    }

    /** Half-hour working slots on the past days of this month, handed out in order so nobody's time overlaps. */
    private static final class Schedule {
        private final ZoneId zone;
        private final LocalDate today;
        private final Instant now;
        private int slot;

        Schedule(Clock clock) {
            this.zone = clock.getZone();
            this.today = LocalDate.now(clock);
            this.now = clock.instant();
        }

        LocalDate monthStart() {
            return YearMonth.from(today).atDay(1);
        }

        Instant next() {
            int workDays = Math.max(1, today.getDayOfMonth() - 1);
            int day = slot / 16 % workDays;
            Instant at = monthStart().plusDays(day).atTime(9, 0).atZone(zone).toInstant().plusSeconds(1800L * (slot % 16));
            slot++;
            return at.isAfter(now.minusSeconds(3600)) ? now.minusSeconds(3600 + 1800L * slot) : at;
        }
    }
}
