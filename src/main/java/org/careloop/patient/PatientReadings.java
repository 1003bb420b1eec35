package org.careloop.patient;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditOutcome;
import org.careloop.audit.PatientDataAccess;
import org.careloop.identity.Callers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readings kept in the patient's observations — one place for every measurement, whether imported from the EHR,
 * taken in the clinic, read out by the patient or sent by a device — with where each came from and who entered it.
 * Entering one announces {@link ObservationsStored}; marking one in error keeps it stored with the correction.
 */
@Service
public class PatientReadings {

    public static final String RESOURCE = "Observation";

    private final JdbcClient jdbc;
    private final PatientGate gate;
    private final Callers callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PatientReadings(JdbcClient jdbc, PatientGate gate, Callers callers, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.gate = gate;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the observation for the patient, entered by the caller, and announces it. */
    @Transactional
    public RecordedObservation record(UUID patientId, NewObservation reading) {
        return gate.create(patientId, RESOURCE, access -> {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into observation (id, patient_id, status, category, code_system, code, display,
                                             value_quantity, value_unit, effective_at, source, entered_by, entered_at)
                    values (?, ?, 'final', ?, 'http://loinc.org', ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, patientId, reading.category(), reading.code(), reading.display(),
                            reading.valueQuantity(), reading.valueUnit(), reading.effectiveAt(),
                            reading.source().name(), callers.current().userId(), now())
                    .update();
            for (int i = 0; i < reading.components().size(); i++) {
                PatientObservation.Component part = reading.components().get(i);
                jdbc.sql("""
                        insert into observation_component (observation_id, position, code_system, code, display,
                                                           value_quantity, value_unit)
                        values (?, ?, 'http://loinc.org', ?, ?, ?, ?)""")
                        .params(id, i, part.code(), part.display(), part.valueQuantity(), part.valueUnit()).update();
            }
            events.publishEvent(new ObservationsStored(access, List.of(id), reading.source()));
            return find(patientId, List.of(id)).get(0);
        }, RecordedObservation::id);
    }

    /** The patient's readings with these LOINC codes (all when empty), newest first, in error ones included. */
    public List<RecordedObservation> list(UUID patientId, List<String> codes) {
        PatientAccess access = gate.enter(patientId, AuditAction.READ, RESOURCE, null);
        List<RecordedObservation> found = history(access, codes, null, null);
        gate.record(new PatientDataAccess(AuditAction.READ, access.practiceId(), patientId, RESOURCE, null,
                AuditOutcome.SUCCESS, found.size() + " readings"));
        return found;
    }

    /**
     * Readings of a patient already opened (the access is on the trail) taken in {@code [from, to]} (either open),
     * newest first: what a module evaluating a new reading compares it with.
     */
    public List<RecordedObservation> history(PatientAccess access, List<String> codes, OffsetDateTime from,
                                             OffsetDateTime to) {
        List<UUID> ids = jdbc.sql("""
                select id from observation
                 where patient_id = :patient and (cardinality(cast(:codes as text[])) = 0 or code = any(:codes))
                   and (cast(:from as timestamptz) is null or effective_at >= :from)
                   and (cast(:to as timestamptz) is null or effective_at <= :to)
                 order by effective_at desc nulls last, id""")
                .param("patient", access.patientId()).param("codes", codes.toArray(String[]::new))
                .param("from", from).param("to", to).query(UUID.class).list();
        return find(access.patientId(), ids);
    }

    /** These readings of an opened patient, in the order asked. */
    public List<RecordedObservation> find(PatientAccess access, List<UUID> ids) {
        return find(access.patientId(), ids);
    }

    /**
     * Marks a reading in error, saying why: it stays stored with the correction and is left out of alerting and
     * trends. {@code version} is the version read; a reading already in error stays as it was.
     */
    @Transactional
    public RecordedObservation markInError(UUID patientId, UUID observationId, String reason, Integer version) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequest("Invalid reason", Map.of("reason", "is required: say what was wrong with the reading"));
        }
        return gate.change(patientId, AuditAction.UPDATE, RESOURCE, observationId, access -> {
            List<RecordedObservation> found = find(patientId, List.of(observationId));
            if (found.isEmpty()) {
                throw new NotFound("No reading " + observationId);
            }
            RecordedObservation reading = found.get(0);
            if (reading.inError()) {
                throw new RefusedTransition("The reading is already marked in error: " + reading.inErrorReason());
            }
            int expected = version == null ? reading.version() : version;
            int changed = jdbc.sql("""
                    update observation set status = ?, in_error_reason = ?, in_error_by = ?, in_error_at = ?,
                                           version = version + 1
                     where id = ? and patient_id = ? and version = ?""")
                    .params(RecordedObservation.ENTERED_IN_ERROR, reason.trim(), callers.current().userId(), now(),
                            observationId, patientId, expected).update();
            if (changed == 0) {
                throw new StaleVersion("The reading was changed by someone else; reload it", reading.version());
            }
            return find(patientId, List.of(observationId)).get(0);
        });
    }

    private List<RecordedObservation> find(UUID patientId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] wanted = ids.toArray(UUID[]::new);
        Map<UUID, List<PatientObservation.Component>> parts = jdbc.sql("""
                        select observation_id, code_system, code, display, value_quantity, value_unit, value_code,
                               value_text
                          from observation_component where observation_id = any(?) order by observation_id, position""")
                .param(wanted)
                .query((rs, n) -> Map.entry(rs.getObject("observation_id", UUID.class), new PatientObservation.Component(
                        rs.getString("code_system"), rs.getString("code"), rs.getString("display"),
                        rs.getBigDecimal("value_quantity"), rs.getString("value_unit"), rs.getString("value_code"),
                        rs.getString("value_text"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, RecordedObservation> rows = jdbc.sql("select * from observation where patient_id = ? and id = any(?)")
                .params(patientId, wanted).query((rs, n) -> row(rs, parts)).list().stream()
                .collect(Collectors.toMap(RecordedObservation::id, row -> row));
        return ids.stream().filter(rows::containsKey).map(rows::get).toList();
    }

    private static RecordedObservation row(ResultSet rs, Map<UUID, List<PatientObservation.Component>> parts)
            throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        BigDecimal quantity = rs.getBigDecimal("value_quantity");
        PatientObservation observation = new PatientObservation(id, rs.getString("status"), rs.getString("category"),
                rs.getString("code_system"), rs.getString("code"), rs.getString("display"), quantity,
                rs.getString("value_unit"), rs.getString("value_code"), rs.getString("value_text"),
                rs.getObject("effective_at", OffsetDateTime.class), parts.getOrDefault(id, List.of()));
        return new RecordedObservation(observation, ObservationSource.valueOf(rs.getString("source")),
                rs.getObject("entered_by", UUID.class), rs.getObject("entered_at", OffsetDateTime.class),
                rs.getString("in_error_reason"), rs.getObject("in_error_by", UUID.class),
                rs.getObject("in_error_at", OffsetDateTime.class), rs.getInt("version"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
