package org.careloop.chart.web;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.assessment.Assessments;
import org.careloop.assessment.RecordedAssessment;
import org.careloop.audit.AuditTrail;
import org.careloop.caregap.CareGap;
import org.careloop.caregap.CareGaps;
import org.careloop.careplan.CarePlanSummary;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlans;
import org.careloop.enrollment.EnrollmentStatus;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.identity.Staff;
import org.careloop.monitoring.Devices;
import org.careloop.outreach.Outreach;
import org.careloop.patient.ClinicalRecord;
import org.careloop.patient.PatientContact;
import org.careloop.patient.PatientMedication;
import org.careloop.patient.PatientProblem;
import org.careloop.patient.PatientRecord;
import org.careloop.program.CareProgram;
import org.careloop.task.Task;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskKind;
import org.careloop.timetracking.TimeLog;
import org.springframework.stereotype.Component;

/** What each tab of the chart shows, read through the owning modules' services (scoped and audited there). */
@Component
class TabContents {

    /** The audit tab shows the latest events; the full trail is searchable through the audit API. */
    static final int AUDIT_EVENTS_SHOWN = 200;

    /** A billing practitioner of one of the patient's programs. */
    public record Practitioner(CareProgram program, String name, String credential) {
    }

    private final ClinicalRecord clinicalRecord;
    private final Trends trends;
    private final CarePlans carePlans;
    private final Assessments assessments;
    private final TimeLog timeLog;
    private final Outreach outreach;
    private final ProgramEnrollments enrollments;
    private final Staff staff;
    private final AuditTrail auditTrail;
    private final TaskBoard tasks;
    private final Timeline timeline;
    private final Clock clock;
    private final CareGaps careGaps;
    private final Devices devices;

    TabContents(ClinicalRecord clinicalRecord, Trends trends, CarePlans carePlans, Assessments assessments,
                TimeLog timeLog, Outreach outreach, ProgramEnrollments enrollments, Staff staff, AuditTrail auditTrail,
                TaskBoard tasks, Timeline timeline, Clock clock, CareGaps careGaps, Devices devices) {
        this.careGaps = careGaps;
        this.devices = devices;
        this.tasks = tasks;
        this.timeline = timeline;
        this.clinicalRecord = clinicalRecord;
        this.trends = trends;
        this.carePlans = carePlans;
        this.assessments = assessments;
        this.timeLog = timeLog;
        this.outreach = outreach;
        this.enrollments = enrollments;
        this.staff = staff;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    Map<String, Object> of(ChartTab tab, PatientRecord patient) {
        UUID id = patient.id();
        Map<String, Object> model = new LinkedHashMap<>();
        switch (tab) {
            case SUMMARY -> {
                List<PatientProblem> problems = clinicalRecord.problems(id);
                model.put("activeProblems", problems.stream().filter(PatientProblem::active).toList());
                model.put("resolvedProblems", problems.stream().filter(p -> !p.active()).toList());
                List<PatientMedication> medications = clinicalRecord.medications(id);
                model.put("activeMedications", medications.stream()
                        .filter(m -> "active".equalsIgnoreCase(m.status())).toList());
                model.put("pastMedications", medications.stream()
                        .filter(m -> !"active".equalsIgnoreCase(m.status())).limit(20).toList());
                model.put("trends", trends.of(id, livingPlans(carePlans.forPatient(id))));
                model.put("careGaps", careGaps.forPatient(id).stream().filter(CareGap::open).toList());
                model.put("devices", devices.list(id));
                model.putAll(ReadingForm.model(ReadingForm.blank(clock), Map.of()));
            }
            case TIMELINE -> model.put("timeline", timeline.of(patient, clock.getZone()));
            case CARE_PLAN -> {
                List<CarePlanSummary> plans = carePlans.forPatient(id);
                model.put("livingPlans", livingPlans(plans));
                model.put("completedPlans", plans.stream().filter(p -> !p.status().living()).toList());
            }
            case ASSESSMENTS -> {
                model.put("assessments", assessments.of(id).stream()
                        .sorted(Comparator.comparing(RecordedAssessment::administeredAt,
                                Comparator.nullsLast(Comparator.reverseOrder()))).toList());
                List<Task> escalations = tasks.list(TaskBoard.View.ALL, id, false).stream()
                        .filter(task -> task.kind() == TaskKind.ESCALATION)
                        .sorted(Comparator.comparing(Task::createdAt).reversed()).toList();
                model.put("escalations", escalations);
                model.put("closers", escalations.stream().map(Task::closedBy).filter(Objects::nonNull).distinct()
                        .flatMap(user -> staff.find(user).stream())
                        .collect(Collectors.toMap(Staff.Person::id, Staff.Person::displayName)));
            }
            case TIME -> {
                YearMonth month = YearMonth.now(clock);
                Instant from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
                model.put("month", month);
                model.put("time", timeLog.month(id, month));
                model.put("contacts", outreach.history(id).stream()
                        .filter(c -> c.occurredAt() != null && !c.occurredAt().isBefore(from)).toList());
            }
            case CARE_TEAM -> {
                model.put("careManager", patient.assignedCareManagerId() == null ? null
                        : staff.find(patient.assignedCareManagerId()).orElse(null));
                model.put("practitioners", enrollments.of(id).stream()
                        .filter(e -> e.status() != EnrollmentStatus.DISENROLLED && e.billingPractitionerId() != null)
                        .map(e -> staff.find(e.billingPractitionerId()).map(p -> new Practitioner(e.program(),
                                p.displayName(), p.credential())).orElse(null))
                        .filter(Objects::nonNull).toList());
                model.put("caregivers", patient.contacts().stream()
                        .filter(c -> c.kind() == PatientContact.Kind.CAREGIVER).toList());
                model.put("emergencyContacts", patient.contacts().stream()
                        .filter(c -> c.kind() == PatientContact.Kind.EMERGENCY).toList());
            }
            case DOCUMENTS -> model.put("plans", carePlans.forPatient(id));
            case AUDIT -> model.put("events", auditTrail.search(id, null, null, null, 0, AUDIT_EVENTS_SHOWN));
        }
        return model;
    }

    private List<CarePlanView> livingPlans(List<CarePlanSummary> plans) {
        return plans.stream().filter(p -> p.status().living())
                .map(p -> carePlans.find(p.id())).toList();
    }
}
