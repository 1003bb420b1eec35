package org.careloop.caregap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.assessment.AssessmentRecorded;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditOutcome;
import org.careloop.caregap.engine.CareGapEngine;
import org.careloop.careplan.CarePlanCreated;
import org.careloop.careplan.CarePlanRevised;
import org.careloop.caregap.internal.StoredFacts;
import org.careloop.caregap.internal.StoredGaps;
import org.careloop.identity.Callers;
import org.careloop.patient.ClinicalRecordChanged;
import org.careloop.patient.CodedFacts;
import org.careloop.patient.DeviceReadingsStored;
import org.careloop.patient.ObservationSource;
import org.careloop.patient.ObservationsStored;
import org.careloop.patient.PatientDied;
import org.careloop.patient.PatientGate;
import org.careloop.patient.PatientRoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Care gaps of CareLoop's stored patients. Each patient's evaluation is kept in {@code care_gap}: recomputed when the
 * clinical record gains entries, an assessment is recorded, a care plan (whose goals may set the target) is started
 * or revised, or a death is recorded, by {@link #sweep(LocalDate)}
 * (which scheduled work runs nightly), and on reading a patient whose evaluation is older than today. Reads are scoped to the caller's
 * practices and audited.
 */
@Service
public class CareGaps {

    /** One row of the practice report: whose gap, and the gap. */
    public record ReportRow(UUID patientId, String patientName, String mrn, CareGap gap) {
    }

    /** Every measure once, in the order the measures are listed. */
    public record Evaluated(List<CareGap> gaps) {
    }

    static final String RESOURCE = "CareGap";
    static final int BATCH = 2_000;
    /**
     * How many open gaps the worklist names, in the order of {@code measures.json} (chronic-condition measures, then
     * screenings, then vaccines); the rest are counted. A worklist row listing eight vaccines says nothing.
     */
    static final int WORKLIST_GAPS = 3;

    private static final java.time.format.DateTimeFormatter SHORT_DATE =
            java.time.format.DateTimeFormatter.ofPattern("MMM d", java.util.Locale.US);
    private static final java.time.format.DateTimeFormatter LONG_DATE =
            java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US);
    private static final Logger LOG = LoggerFactory.getLogger(CareGaps.class);

    private final CareGapEngine engine;
    private final StoredFacts facts;
    private final StoredGaps stored;
    private final CodedFacts coded;
    private final PatientRoster roster;
    private final PatientGate gate;
    private final Callers callers;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    CareGaps(CareGapEngine engine, StoredFacts facts, StoredGaps stored, CodedFacts coded, PatientRoster roster,
             PatientGate gate, Callers callers, Clock clock, PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.roster = roster;
        this.engine = engine;
        this.facts = facts;
        this.stored = stored;
        this.coded = coded;
        this.gate = gate;
        this.callers = callers;
        this.clock = clock;
    }

    /** Every measure for a patient known only by these facts (what-if, an integrator's bundle): stores nothing. */
    public Evaluated evaluate(PatientFacts patient, LocalDate asOf) {
        return new Evaluated(engine.evaluate(patient, asOf));
    }

    /** The patient's standing on every measure today (404 outside the caller's practices), audited as a read. */
    public List<CareGap> forPatient(UUID patientId) {
        gate.open(patientId, AuditAction.READ, RESOURCE);
        LocalDate today = LocalDate.now(clock);
        List<StoredGaps.Row> rows = stored.ofPatient(patientId);
        if (rows.size() != engine.measures().all().size() || rows.stream().anyMatch(row -> !today.equals(row.evaluatedOn()))) {
            return recompute(List.of(patientId), today).gaps().getOrDefault(patientId, List.of());
        }
        Map<String, CareGap> byMeasure = new HashMap<>();
        rows.forEach(row -> byMeasure.put(row.gap().measure(), row.gap()));
        return engine.measures().all().stream().map(m -> byMeasure.get(m.id())).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Re-evaluates every patient of every practice as of {@code asOf}, in batches of {@value #BATCH} (a fixed
     * number of queries per batch); returns how many patients were evaluated.
     */
    public int sweep(LocalDate asOf) {
        int evaluated = 0;
        for (UUID practice : coded.practices()) {
            List<UUID> patients = coded.patientsOf(practice);
            for (int from = 0; from < patients.size(); from += BATCH) {
                evaluated += recompute(patients.subList(from, Math.min(patients.size(), from + BATCH)), asOf).gaps().size();
            }
            gate.recordForPractice(AuditAction.UPDATE, practice, RESOURCE, null, AuditOutcome.SUCCESS,
                    "care gaps swept for " + patients.size() + " patients as of " + asOf);
        }
        return evaluated;
    }

    /** Open gaps of these patients, oldest first (for the worklist and the chart; the caller audits what it shows). */
    public Map<UUID, List<CareGap>> openGaps(Collection<UUID> patients) {
        return stored.open(patients);
    }

    /**
     * Each of these patients' open gaps as worklist reasons, oldest first: "HbA1c overdue since Mar 3" (one query;
     * the worklist audits what it shows).
     */
    public Map<UUID, List<String>> overdueReasons(Collection<UUID> patients) {
        LocalDate today = LocalDate.now(clock);
        List<String> order = engine.measures().all().stream().map(m -> m.id()).toList();
        Map<UUID, List<String>> reasons = new HashMap<>();
        stored.open(patients).forEach((patient, gaps) -> {
            List<String> named = gaps.stream()
                    .sorted(java.util.Comparator.comparingInt(gap -> order.indexOf(gap.measure())))
                    .limit(WORKLIST_GAPS)
                    .map(gap -> subjectOf(gap.measure()) + dueWords(gap, today))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            if (gaps.size() > WORKLIST_GAPS) {
                int more = gaps.size() - WORKLIST_GAPS;
                named.add("+" + more + " more care gap" + (more == 1 ? "" : "s") + " on the chart");
            }
            reasons.put(patient, named);
        });
        return reasons;
    }

    /**
     * "overdue since Mar 3" — unless nothing was ever recorded and the date is only when the patient entered the
     * measure's population decades ago ("Tetanus booster overdue since Feb 3, 1966" helps nobody): then "due, none on
     * record".
     */
    private static String dueWords(CareGap gap, LocalDate today) {
        if (gap.dueSince() == null || gap.evidence().isEmpty() && gap.dueSince().isBefore(today.minusYears(1))) {
            return " due, none on record";
        }
        return " overdue since " + gap.dueSince().format(gap.dueSince().getYear() == today.getYear()
                ? SHORT_DATE : LONG_DATE);
    }

    private String subjectOf(String measure) {
        return engine.measures().all().stream().filter(m -> m.id().equals(measure)).findFirst()
                .map(m -> m.subject()).orElse(measure);
    }

    /** The gaps of the caller's practices, of one measure and status when given, audited item by item. */
    public List<ReportRow> report(String measure, GapStatus status) {
        if (measure != null && engine.measures().all().stream().noneMatch(m -> m.id().equals(measure))) {
            throw new org.careloop.InvalidRequest("No measure " + measure, Map.of("measure",
                    "one of " + engine.measures().all().stream().map(m -> m.id()).toList()));
        }
        UUID[] practices = callers.current().practiceArray();
        List<StoredGaps.Row> rows = stored.report(practices, measure, status);
        Map<UUID, PatientRoster.RosterEntry> names = rosterOf(rows, practices);
        List<ReportRow> report = new ArrayList<>(rows.size());
        for (StoredGaps.Row row : rows) {
            PatientRoster.RosterEntry entry = names.get(row.patientId());
            if (entry != null) {
                report.add(new ReportRow(row.patientId(), entry.displayName(), entry.mrn(), row.gap()));
            }
        }
        return gate.listed(AuditAction.SEARCH, RESOURCE, report,
                row -> new PatientGate.Listed(row.patientId(), names.get(row.patientId()).practiceId(), row.gap().measure()));
    }

    private Map<UUID, PatientRoster.RosterEntry> rosterOf(List<StoredGaps.Row> rows, UUID[] practices) {
        return roster.of(rows.stream().map(StoredGaps.Row::patientId).distinct().toList(), practices);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onRecordChanged(ClinicalRecordChanged changed) {
        recomputeQuietly(changed.patientId(), changed.practiceId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onAssessment(AssessmentRecorded recorded) {
        recomputeQuietly(recorded.patientId(), recorded.practiceId());
    }

    /**
     * A reading keyed in or imported may close (or open) the blood-pressure and HbA1c gaps, so the patient's gaps are
     * evaluated again at once. Device readings arrive by the thousand a minute and are left to the nightly sweep:
     * a cuff's reading changes at most the blood-pressure gap, a day later.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onObservations(ObservationsStored stored) {
        if (stored.source() != ObservationSource.DEVICE) {
            recomputeQuietly(stored.access().patientId(), stored.access().practiceId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onCarePlanStarted(CarePlanCreated created) {
        recomputeQuietly(created.patientId(), created.practiceId());
    }

    /** A goal set, changed or closed ("HbA1c < 7 %") moves the HbA1c or blood-pressure target at once. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onCarePlanRevised(CarePlanRevised revised) {
        recomputeQuietly(revised.patientId(), revised.practiceId());
    }

    /**
     * A device feed's bundle: one cheap statement marks its patients' gaps stale and puts them on the pending list,
     * in the feed's own transaction, so the next look at them (the chart, the API) evaluates again and {@link
     * #catchUp} evaluates them within a minute for the worklist. Evaluating up to a hundred patients on every bundle
     * would cost the feed its speed; a minute's batch costs a fixed number of queries however many bundles came.
     */
    @org.springframework.context.event.EventListener
    void onDeviceReadings(DeviceReadingsStored bundle) {
        stored.markStale(bundle.byPatient().stream().map(each -> each.access().patientId()).toList(),
                LocalDate.now(clock), OffsetDateTime.now(clock));
    }

    /**
     * Evaluates again, in batches of {@value #BATCH}, the patients whose device readings arrived since their last
     * evaluation (a cuff's 126/78 closes the blood-pressure gap on the worklist without anyone opening the chart);
     * returns how many were evaluated. Each batch is taken off the pending list in the transaction that stores its
     * evaluations.
     */
    public int catchUp() {
        int evaluated = 0;
        while (true) {
            Map<UUID, Integer> byPractice = new HashMap<>();
            Integer batch = ownTransaction.execute(status -> {
                List<UUID> pending = stored.takePending(BATCH);
                if (!pending.isEmpty()) {
                    recompute(pending, LocalDate.now(clock)).practiceOf().values()
                            .forEach(practice -> byPractice.merge(practice, 1, Integer::sum));
                }
                return pending.size();
            });
            byPractice.forEach((practice, patients) -> gate.recordForPractice(AuditAction.UPDATE, practice, RESOURCE,
                    null, AuditOutcome.SUCCESS, "care gaps evaluated again for " + patients
                            + (patients == 1 ? " patient" : " patients") + " after device readings"));
            evaluated += batch;
            if (batch < BATCH) {
                return evaluated;
            }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onDeath(PatientDied died) {
        recomputeQuietly(died.patientId(), died.practiceId());
    }

    private void recomputeQuietly(UUID patientId, UUID practiceId) {
        try {
            recompute(List.of(patientId), LocalDate.now(clock));
            gate.recordSystemChange(patientId, practiceId, AuditAction.UPDATE, RESOURCE, null);
        } catch (RuntimeException e) {
            LOG.warn("Care gaps of patient {} not recomputed (the sweep will): {}", patientId, e.toString());
        }
    }

    /** Whose practice each evaluated patient is in, and their gaps. */
    private record Recomputed(Map<UUID, UUID> practiceOf, Map<UUID, List<CareGap>> gaps) {
    }

    /** Loads, evaluates and replaces the stored rows in a transaction of its own (also after another committed). */
    private Recomputed recompute(List<UUID> patients, LocalDate asOf) {
        return ownTransaction.execute(status -> {
            StoredFacts.Loaded loaded = facts.load(patients);
            Map<UUID, List<CareGap>> gaps = new HashMap<>();
            loaded.facts().forEach((patient, patientFacts) -> gaps.put(patient, engine.evaluate(patientFacts, asOf)));
            stored.replace(loaded.practiceOf(), gaps, asOf, OffsetDateTime.now(clock));
            return new Recomputed(loaded.practiceOf(), gaps);
        });
    }
}
