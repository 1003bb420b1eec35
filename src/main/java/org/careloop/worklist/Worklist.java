package org.careloop.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.appointment.Appointments;
import org.careloop.assessment.Assessments;
import org.careloop.assessment.OpenScreen;
import org.careloop.audit.AuditAction;
import org.careloop.billing.BillingReadiness;
import org.careloop.billing.Thresholds;
import org.careloop.caregap.CareGaps;
import org.careloop.careplan.CarePlanEvidence;
import org.careloop.enrollment.OpenEnrollment;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.identity.Caller;
import org.careloop.monitoring.DeviceDays;
import org.careloop.outreach.LastContacts;
import org.careloop.outreach.Outreach;
import org.careloop.patient.PatientGate;
import org.careloop.patient.PatientRoster;
import org.careloop.program.CareProgram;
import org.careloop.task.OpenWork;
import org.careloop.task.TaskBoard;
import org.careloop.timetracking.TimeLedger;
import org.careloop.transition.TransitionDue;
import org.careloop.transition.TransitionKind;
import org.careloop.transition.Transitions;
import org.springframework.stereotype.Service;

/**
 * Whom a care manager should call today and why: their enrolled patients, ranked. Built from a fixed number of
 * set queries whatever the panel size, so it stays fast for a care manager with hundreds of patients.
 */
@Service
public class Worklist {

    private final PatientRoster roster;
    private final ProgramEnrollments enrollments;
    private final TimeLedger timeLedger;
    private final Thresholds thresholds;
    private final Outreach outreach;
    private final TaskBoard tasks;
    private final Assessments assessments;
    private final CarePlanEvidence carePlans;
    private final PatientGate gate;
    private final Clock clock;
    private final BillingReadiness readiness;
    private final CareGaps careGaps;
    private final DeviceDays deviceDays;
    private final Transitions transitions;
    private final Appointments appointments;

    /** Each open care gap ranks the patient a little higher, below any of the month's reasons. */
    static final int CARE_GAP_PRIORITY = 5;
    /**
     * A transition's call owed comes before everything else: the 2-business-day window after a discharge closes
     * whatever else the patient needs, and the first days at home are when readmissions start. A visit still to be
     * arranged ranks like overdue work's little sister.
     */
    static final int TRANSITION_CONTACT_PRIORITY = 2000;
    static final int TRANSITION_VISIT_PRIORITY = 150;

    Worklist(PatientRoster roster, ProgramEnrollments enrollments, TimeLedger timeLedger, Thresholds thresholds,
             Outreach outreach, TaskBoard tasks, Assessments assessments, CarePlanEvidence carePlans, PatientGate gate,
             Clock clock, BillingReadiness readiness, CareGaps careGaps, DeviceDays deviceDays,
             Transitions transitions, Appointments appointments) {
        this.transitions = transitions;
        this.appointments = appointments;
        this.careGaps = careGaps;
        this.deviceDays = deviceDays;
        this.readiness = readiness;
        this.roster = roster;
        this.enrollments = enrollments;
        this.timeLedger = timeLedger;
        this.thresholds = thresholds;
        this.outreach = outreach;
        this.tasks = tasks;
        this.assessments = assessments;
        this.carePlans = carePlans;
        this.gate = gate;
        this.clock = clock;
    }

    public List<WorklistEntry> forCareManager(Caller careManager) {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        Map<UUID, List<OpenEnrollment>> enrolled = new HashMap<>();
        List<PatientRoster.RosterEntry> panel = roster.assignedTo(careManager.userId(), careManager.practiceArray());
        enrollments.openFor(panel.stream().map(PatientRoster.RosterEntry::id).toList())
                .forEach(e -> enrolled.computeIfAbsent(e.patientId(), id -> new ArrayList<>()).add(e));
        // a patient coming home from the hospital is called whether enrolled or not
        Map<UUID, List<TransitionDue>> due = transitions.dueFor(panel.stream().map(PatientRoster.RosterEntry::id).toList());
        List<PatientRoster.RosterEntry> patients = panel.stream()
                .filter(p -> enrolled.containsKey(p.id()) || due.containsKey(p.id())).toList();
        Set<UUID> ids = patients.stream().map(PatientRoster.RosterEntry::id).collect(Collectors.toSet());

        Map<UUID, Map<CareProgram, Integer>> minutes = timeLedger.minutesThisMonth(ids, month);
        Map<UUID, LastContacts> contacts = outreach.lastContacts(ids);
        Set<UUID> reached = outreach.reachedIn(ids, month);
        Map<UUID, OpenWork> work = tasks.openWorkFor(ids, today);
        Map<UUID, List<String>> screens = assessments.openPositiveScreens(ids).stream().collect(Collectors.groupingBy(
                OpenScreen::patientId, Collectors.mapping(OpenScreen::instrumentTitle, Collectors.toList())));
        Set<UUID> reviewDue = carePlans.dueForReview(ids, today);
        Map<UUID, List<String>> gaps = careGaps.overdueReasons(ids);
        Map<UUID, List<String>> visits = appointments.lines(ids);
        Map<UUID, List<String>> blockers = new HashMap<>();
        Map<UUID, DeviceDays.Period> devicePeriods = new HashMap<>();
        patients.stream().collect(Collectors.groupingBy(PatientRoster.RosterEntry::practiceId,
                        Collectors.mapping(PatientRoster.RosterEntry::id, Collectors.toList())))
                .forEach((practice, inPractice) -> {
                    blockers.putAll(readiness.blockersFor(practice, inPractice, month));
                    devicePeriods.putAll(deviceDays.current(practice, inPractice, today));
                });

        List<WorklistEntry> entries = new ArrayList<>();
        for (PatientRoster.RosterEntry patient : patients) {
            List<OpenEnrollment> programs = enrolled.getOrDefault(patient.id(), List.of());
            List<TransitionDue> owed = due.getOrDefault(patient.id(), List.of());
            Map<CareProgram, Integer> spent = minutes.getOrDefault(patient.id(), Map.of());
            WorklistEntry.NextStep next = nearest(programs, spent, month);
            OpenWork open = work.getOrDefault(patient.id(), new OpenWork(patient.id(), 0, 0, 0));
            LastContacts last = contacts.getOrDefault(patient.id(), new LastContacts(patient.id(), null, null));
            WorklistPriority.Verdict verdict = WorklistPriority.judge(new WorklistPriority.Facts(open.openEscalations(),
                    open.overdue(), screens.getOrDefault(patient.id(), List.of()), reached.contains(patient.id()), next,
                    programs.stream().anyMatch(OpenEnrollment::awaitingConsent), reviewDue.contains(patient.id()),
                    !spent.isEmpty(), blockers.getOrDefault(patient.id(), List.of())));
            entries.add(new WorklistEntry(patient.id(), patient.displayName(), patient.mrn(), patient.birthDate(),
                    patient.phone(), patient.bestTimeToCall(), patient.preferredLanguage(),
                    programsOf(programs, owed), spent, next, last.lastContactAt(), last.lastReachedAt(),
                    reached.contains(patient.id()), open.openEscalations(), open.overdue(),
                    withTransitions(owed, withAppointments(withCareGaps(withDeviceDays(verdict.reasons(),
                            devicePeriods.get(patient.id())), gaps.get(patient.id())), visits.get(patient.id()))),
                    verdict.priority() + CARE_GAP_PRIORITY * gaps.getOrDefault(patient.id(), List.of()).size()
                            + transitionPriority(owed)));
        }
        entries.sort(Comparator.comparingInt(WorklistEntry::priority).reversed().thenComparing(WorklistEntry::name));
        return gate.listed(AuditAction.READ, "Worklist", entries,
                entry -> new PatientGate.Listed(entry.patientId(), null, entry.patientId()));
    }

    /** Enrolled programs by status, and TCM while a discharge is being worked (so the TCM filter finds it). */
    private static List<String> programsOf(List<OpenEnrollment> programs, List<TransitionDue> owed) {
        List<String> names = new ArrayList<>(programs.stream()
                .map(e -> e.program() + " (" + e.status().label() + ")").sorted().toList());
        if (owed.stream().anyMatch(d -> d.kind() == TransitionKind.DISCHARGE)) {
            names.add(CareProgram.TCM + " (transition)");
        }
        return names;
    }

    /** "Discharged Tue from Mercy General — contact by Thu" comes first of the reasons. */
    private static List<String> withTransitions(List<TransitionDue> owed, List<String> reasons) {
        if (owed.isEmpty()) {
            return reasons;
        }
        List<String> all = new ArrayList<>(owed.stream().map(TransitionDue::reason).toList());
        all.addAll(reasons);
        return all;
    }

    private static int transitionPriority(List<TransitionDue> owed) {
        if (owed.isEmpty()) {
            return 0;
        }
        return owed.stream().anyMatch(TransitionDue::contactOwed) ? TRANSITION_CONTACT_PRIORITY : TRANSITION_VISIT_PRIORITY;
    }

    /** The patient's open care gaps come after the month's reasons: "HbA1c overdue since Mar 3". */
    private static List<String> withCareGaps(List<String> reasons, List<String> gaps) {
        if (gaps == null || gaps.isEmpty()) {
            return reasons;
        }
        List<String> all = new ArrayList<>(reasons);
        all.addAll(gaps);
        return all;
    }

    /**
     * Appointments come last, as lines to plan the call around ("Upcoming: cardiology, Thu 3 Dec 10:30 at Heart
     * Center — daughter drives") or to ask about ("Cardiology on Tue 1 Dec: outcome not recorded"); they do not rank.
     */
    private static List<String> withAppointments(List<String> reasons, List<String> lines) {
        return withCareGaps(reasons, lines);
    }

    /** "11 device days so far; 16 needed by Dec 14": where a device patient stands in the 30-day period. */
    static List<String> withDeviceDays(List<String> reasons, DeviceDays.Period period) {
        if (period == null || period.stillNeeded() == 0) {
            return reasons;
        }
        List<String> with = new ArrayList<>(reasons);
        with.add(period.days() + " device day" + (period.days() == 1 ? "" : "s") + " so far; "
                + DeviceDays.FULL_SUPPLY_DAYS + " needed by "
                + period.end().format(java.time.format.DateTimeFormatter.ofPattern("MMM d", java.util.Locale.US)));
        return with;
    }

    /** The closest threshold among the patient's time-based programs. */
    private WorklistEntry.NextStep nearest(List<OpenEnrollment> programs, Map<CareProgram, Integer> spent, YearMonth month) {
        return programs.stream()
                .flatMap(e -> thresholds.next(e.program(), month, spent.getOrDefault(e.program(), 0)).stream()
                        .map(t -> new WorklistEntry.NextStep(e.program(), t.code(), t.minutesShort(), t.minutesNeeded())))
                .min(Comparator.comparingInt(WorklistEntry.NextStep::minutesShort))
                .orElse(null);
    }
}
