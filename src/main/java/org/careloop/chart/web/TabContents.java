package org.careloop.chart.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.appointment.Appointments;
import org.careloop.assessment.Assessments;
import org.careloop.assessment.RecordedAssessment;
import org.careloop.audit.AuditTrail;
import org.careloop.caregap.CareGap;
import org.careloop.caregap.CareGaps;
import org.careloop.careplan.CarePlanSummary;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlans;
import org.careloop.careteam.CareTeamOverviews;
import org.careloop.education.Education;
import org.careloop.document.ClinicalDocuments;
import org.careloop.document.DocumentKind;
import org.careloop.handoff.HandOff;
import org.careloop.handoff.HandOffs;
import org.careloop.identity.Staff;
import org.careloop.medication.MedicationLists;
import org.careloop.monitoring.Devices;
import org.careloop.outreach.Outreach;
import org.careloop.patient.ClinicalRecord;
import org.careloop.patient.PatientMedication;
import org.careloop.patient.PatientProblem;
import org.careloop.patient.PatientRecord;
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

    /** The summary shows the latest appointments; the appointments page has them all. */
    static final int APPOINTMENTS_SHOWN = 8;

    private final ClinicalRecord clinicalRecord;
    private final Trends trends;
    private final CarePlans carePlans;
    private final Assessments assessments;
    private final TimeLog timeLog;
    private final Outreach outreach;
    private final Staff staff;
    private final AuditTrail auditTrail;
    private final TaskBoard tasks;
    private final Timeline timeline;
    private final Clock clock;
    private final CareGaps careGaps;
    private final Devices devices;
    private final CareTeamOverviews careTeamOverviews;
    private final MedicationLists medicationLists;
    private final Appointments appointments;
    private final Education education;
    private final HandOffs handOffs;
    private final ClinicalDocuments documents;

    TabContents(ClinicalRecord clinicalRecord, Trends trends, CarePlans carePlans, Assessments assessments,
                TimeLog timeLog, Outreach outreach, Staff staff, AuditTrail auditTrail,
                TaskBoard tasks, Timeline timeline, Clock clock, CareGaps careGaps, Devices devices,
                CareTeamOverviews careTeamOverviews, MedicationLists medicationLists, Appointments appointments,
                Education education, HandOffs handOffs, ClinicalDocuments documents) {
        this.careTeamOverviews = careTeamOverviews;
        this.medicationLists = medicationLists;
        this.appointments = appointments;
        this.education = education;
        this.handOffs = handOffs;
        this.documents = documents;
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
                model.put("appointments", appointments.list(id).stream().limit(APPOINTMENTS_SHOWN).toList());
                model.put("education", education.forPatient(id));
                model.putAll(ReadingForm.model(ReadingForm.blank(clock), Map.of()));
            }
            case MEDICATIONS -> model.put("medications", medicationLists.current(id));
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
                model.put("month", month);
                model.put("time", timeLog.month(id, month));
                model.put("contacts", outreach.history(id));
                model.put("handOffs", handOffs.ofPatient(id).stream().filter(h -> h.interactionId() != null)
                        .collect(Collectors.groupingBy(HandOff::interactionId)));
                model.put("mayHandOver", patient.death().isEmpty());
                model.put("colleagues", handOffs.colleagues(patient.practiceId()));
            }
            case CARE_TEAM -> model.put("careTeam", careTeamOverviews.of(id));
            case DOCUMENTS -> {
                model.put("plans", carePlans.forPatient(id));
                model.put("documents", documents.list(id));
                model.put("documentKinds", DocumentKind.values());
                model.put("documentLimits", documents.limits());
            }
            case AUDIT -> model.put("events", auditTrail.search(id, null, null, null, 0, AUDIT_EVENTS_SHOWN));
        }
        return model;
    }

    private List<CarePlanView> livingPlans(List<CarePlanSummary> plans) {
        return plans.stream().filter(p -> p.status().living())
                .map(p -> carePlans.find(p.id())).toList();
    }
}
