package org.careloop.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.careplan.CarePlanSummary;
import org.careloop.careplan.CarePlans;
import org.careloop.enrollment.ChronicConditionCatalogue;
import org.careloop.identity.Callers;
import org.careloop.identity.Practices;
import org.careloop.patient.ActiveProblems;
import org.careloop.patient.DeviceReadingsStored;
import org.careloop.patient.ObservationsStored;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientReadings;
import org.careloop.patient.RecordedObservation;
import org.careloop.task.EscalationTrigger;
import org.careloop.task.NewTask;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskKind;
import org.careloop.task.TaskPriority;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Judges each reading stored (entered by the care team or imported from the EHR) against the protocols in effect on
 * the day it was taken and raises what it finds as an escalation: one open escalation per patient and protocol, a
 * later reading joining it as a trigger. Runs in the transaction that stores the reading, so a worrying reading never
 * exists without its task. Readings in error, and readings more than a week old (history arriving by import), raise
 * nothing: an alert is about what can still be acted on.
 */
@Component
class ReadingAlerts {

    /** How old a reading may be and still raise an alert; also the longest weight window. */
    static final Duration RECENT = Duration.ofDays(7);
    /** What every alert's escalation reason starts with. */
    static final String REASON_PREFIX = "ALERT_";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private final PatientReadings readings;
    private final AlertProtocols protocols;
    private final ActiveProblems problems;
    private final ChronicConditionCatalogue catalogue;
    private final TaskBoard board;
    private final RaisedAlerts raised;
    private final Practices practices;
    private final CarePlans carePlans;
    private final Callers callers;
    private final Clock clock;

    ReadingAlerts(PatientReadings readings, AlertProtocols protocols, ActiveProblems problems,
                  ChronicConditionCatalogue catalogue, TaskBoard board, RaisedAlerts raised, Practices practices,
                  CarePlans carePlans, Callers callers, Clock clock) {
        this.readings = readings;
        this.protocols = protocols;
        this.problems = problems;
        this.catalogue = catalogue;
        this.board = board;
        this.raised = raised;
        this.practices = practices;
        this.carePlans = carePlans;
        this.callers = callers;
        this.clock = clock;
    }

    @EventListener
    void on(ObservationsStored stored) {
        PatientAccess access = stored.access();
        judge(access, readings.find(access, stored.observationIds()), now(), () -> practices.zoneOf(access.practiceId()),
                day -> protocols.inEffect(access.practiceId(), access.patientId(), day));
    }

    /** A feed's bundle: its readings read at once, the published protocols once a day taken, each zone once. */
    @EventListener
    void on(DeviceReadingsStored stored) {
        Map<UUID, RecordedObservation> found = new HashMap<>();
        readings.find(stored.byPatient().stream().map(ObservationsStored::access).toList(),
                        stored.byPatient().stream().flatMap(each -> each.observationIds().stream()).toList())
                .forEach(observation -> found.put(observation.id(), observation));
        Map<LocalDate, List<AlertProtocol>> published = new HashMap<>();
        Map<UUID, ZoneId> zones = new HashMap<>();
        OffsetDateTime now = now();
        for (ObservationsStored each : stored.byPatient()) {
            PatientAccess access = each.access();
            judge(access, each.observationIds().stream().filter(found::containsKey).map(found::get).toList(), now,
                    () -> zones.computeIfAbsent(access.practiceId(), practices::zoneOf),
                    day -> protocols.adjusted(published.computeIfAbsent(day, protocols::defaults), access.practiceId(),
                            access.patientId(), day));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void judge(PatientAccess access, List<RecordedObservation> stored, OffsetDateTime now,
                       java.util.function.Supplier<ZoneId> zoneOfPractice,
                       java.util.function.Function<LocalDate, List<AlertProtocol>> protocolsOn) {
        List<Measurement> recent = stored.stream()
                .filter(observation -> !observation.inError())
                .map(Readings::measurement).flatMap(java.util.Optional::stream)
                .filter(m -> m.takenAt() != null && !m.takenAt().isBefore(now.minus(RECENT)))
                .toList();
        if (recent.isEmpty()) {
            return;
        }
        ZoneId zone = zoneOfPractice.get();
        Map<LocalDate, List<AlertProtocol>> inEffect = new HashMap<>();
        Set<String> categories = null;
        List<ProtocolRules.Goal> goals = null;
        for (Measurement reading : recent) {
            List<AlertProtocol> applying = inEffect.computeIfAbsent(reading.takenAt().atZoneSameInstant(zone)
                    .toLocalDate(), protocolsOn);
            boolean needsConditions = applying.stream().anyMatch(p -> p.readingKind() == reading.kind()
                    && p.conditionCategory() != null);
            if (needsConditions && categories == null) {
                categories = conditionCategories(access);
            }
            if (goals == null && applying.stream().anyMatch(p -> p.test() == AlertProtocol.Test.CARE_PLAN_GOAL)) {
                goals = goals(access);
            }
            ProtocolRules.Context context = new ProtocolRules.Context(
                    reading.kind() == ReadingKind.WEIGHT ? earlierWeights(access, reading) : List.of(),
                    categories == null ? Set.of() : categories, goals == null ? List.of() : goals);
            for (ProtocolRules.Finding finding : ProtocolRules.judge(reading, applying, context)) {
                raise(access, reading, finding, zone, now);
            }
        }
    }

    private void raise(PatientAccess access, Measurement reading, ProtocolRules.Finding finding, ZoneId zone,
                       OffsetDateTime now) {
        AlertProtocol protocol = finding.protocol();
        String title = capitalized(finding.detail()) + " " + when(reading.takenAt(), zone, now) + " — "
                + protocol.worklistReason();
        String notes = protocol.instruction() + "\n\nProtocol: " + protocol.name() + " (" + protocol.thresholdText()
                + (protocol.adjustedFor() == AlertProtocol.Adjustment.DEFAULT ? ""
                        : ", " + protocol.adjustedFor().name().toLowerCase(Locale.ROOT) + " threshold")
                + "). Source: " + protocol.clinicalSource();
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        UUID task = board.escalate(new NewTask(access.practiceId(), access.patientId(), title, TaskKind.ESCALATION,
                        null, protocol.routePool(), today.plusDays(protocol.dueInDays()), priority(protocol.severity()),
                        notes, "reading:" + reading.id()), reason(protocol.code()),
                new EscalationTrigger(null, protocol.code(), null, null,
                        capitalized(finding.detail()) + " (" + protocol.thresholdText() + ")", reading.takenAt()));
        raised.add(access.practiceId(), access.patientId(), new RaisedAlert(reading.id(), protocol.code(), task,
                protocol.thresholdText(), finding.detail(), now));
    }

    /** The escalation reason of a protocol: one open escalation per patient and reason. */
    static String reason(String protocolCode) {
        return REASON_PREFIX + protocolCode;
    }

    private List<Measurement> earlierWeights(PatientAccess access, Measurement reading) {
        return readings.history(access, List.of(ReadingKind.WEIGHT.loinc()), reading.takenAt().minus(RECENT),
                        reading.takenAt()).stream()
                .filter(observation -> !observation.inError() && !observation.id().equals(reading.id()))
                .map(Readings::measurement).flatMap(java.util.Optional::stream)
                .filter(m -> m.value() != null && m.unit() != null).toList();
    }

    /**
     * The open goals of the patient's living care plans, read as the caller (the care team member entering the
     * reading, the importing user); a reading stored by CareLoop itself, with nobody signed in, is judged without.
     */
    private List<ProtocolRules.Goal> goals(PatientAccess access) {
        if (callers.find().isEmpty()) {
            return List.of();
        }
        return carePlans.forPatient(access.patientId()).stream().filter(plan -> plan.status().living())
                .map(CarePlanSummary::id).map(carePlans::find)
                .flatMap(plan -> plan.content().goals().stream())
                .filter(goal -> goal.target() != null && (goal.status() == null || !goal.status().closed()))
                .map(goal -> new ProtocolRules.Goal(goal.target().measure(), goal.target().comparator(),
                        goal.target().value()))
                .toList();
    }

    private Set<String> conditionCategories(PatientAccess access) {
        List<ActiveProblems.CategoryCode> codes = catalogue.codes().stream()
                .map(code -> new ActiveProblems.CategoryCode(code.system(), code.code(), code.category())).toList();
        ActiveProblems.Categorized found = problems.inCategories(List.of(access.patientId()), codes)
                .get(access.patientId());
        return found == null ? Set.of() : Set.copyOf(found.categoryNames());
    }

    private static TaskPriority priority(AlertSeverity severity) {
        return switch (severity) {
            case EMERGENCY -> TaskPriority.STAT;
            case URGENT -> TaskPriority.URGENT;
            case ROUTINE -> TaskPriority.ROUTINE;
        };
    }

    /** "this morning", "yesterday evening", "on Nov 28". */
    static String when(OffsetDateTime takenAt, ZoneId zone, OffsetDateTime now) {
        var taken = takenAt.atZoneSameInstant(zone);
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        String part = taken.getHour() < 12 ? "morning" : taken.getHour() < 17 ? "afternoon" : "evening";
        if (taken.toLocalDate().equals(today)) {
            return "this " + part;
        }
        if (taken.toLocalDate().equals(today.minusDays(1))) {
            return "yesterday " + part;
        }
        return "on " + DAY.format(taken);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
