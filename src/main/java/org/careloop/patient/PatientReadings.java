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
    private static final String LOINC = "http://loinc.org";

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
                                             value_quantity, value_unit, effective_at, source, entered_by, entered_at,
                                             codings)
                    values (?, ?, 'final', ?, 'http://loinc.org', ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                    .params(id, patientId, reading.category(), reading.code(), reading.display(),
                            reading.valueQuantity(), reading.valueUnit(), reading.effectiveAt(),
                            reading.source().name(), callers.current().userId(), now(),
                            CodingsColumn.write(List.of(new ClinicalCoding(LOINC, reading.code(), reading.display()))))
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

    /** A reading a registered device sent: the device (the monitoring module's registration) and the measurement. */
    public record DeviceObservation(UUID deviceId, NewObservation observation) {
    }

    /**
     * Stores what the patients' devices sent (a feed's bundle, by patient), as DEVICE readings entered by the feed's
     * token holder, leaving out any the same device already sent (same code, same time; also within the batch), and
     * announces the ones stored, patient by patient. Answers, per patient and per reading in order, the id it was
     * stored under, or null for a duplicate. All patients are opened through one gate call: one audit event each.
     */
    @Transactional
    public Map<UUID, List<UUID>> recordFromDevices(Map<UUID, List<DeviceObservation>> readingsByPatient) {
        return gate.createAll(readingsByPatient.keySet(), RESOURCE, accesses -> {
            int n = readingsByPatient.values().stream().mapToInt(List::size).sum();
            UUID[] ids = new UUID[n];
            UUID[] patients = new UUID[n];
            String[] categories = new String[n];
            String[] codes = new String[n];
            String[] displays = new String[n];
            String[] values = new String[n];
            String[] units = new String[n];
            String[] taken = new String[n];
            UUID[] devices = new UUID[n];
            List<DeviceObservation> readings = new java.util.ArrayList<>(n);
            int i = 0;
            for (PatientAccess access : accesses) {
                for (DeviceObservation reading : readingsByPatient.get(access.patientId())) {
                    NewObservation o = reading.observation();
                    readings.add(reading);
                    ids[i] = UUID.randomUUID();
                    patients[i] = access.patientId();
                    categories[i] = o.category();
                    codes[i] = o.code();
                    displays[i] = o.display();
                    values[i] = o.valueQuantity() == null ? null : o.valueQuantity().toPlainString();
                    units[i] = o.valueUnit();
                    taken[i] = o.effectiveAt() == null ? null : o.effectiveAt().toString();
                    devices[i] = reading.deviceId();
                    i++;
                }
            }
            java.util.Set<UUID> stored = new java.util.HashSet<>(jdbc.sql("""
                    insert into observation (id, patient_id, status, category, code_system, code, display,
                                             value_quantity, value_unit, effective_at, source, entered_by, entered_at,
                                             device_id, codings)
                    select r.id, r.patient, 'final', r.category, 'http://loinc.org', r.code, r.display, r.value,
                           r.unit, r.taken, 'DEVICE', :by, :at, r.device,
                           jsonb_build_array(jsonb_strip_nulls(jsonb_build_object(
                               'system', 'http://loinc.org', 'code', r.code, 'display', r.display)))
                      from unnest(cast(:ids as uuid[]), cast(:patients as uuid[]), cast(:categories as text[]),
                                  cast(:codes as text[]), cast(:displays as text[]), cast(:values as numeric[]),
                                  cast(:units as text[]), cast(:taken as timestamptz[]), cast(:devices as uuid[]))
                           as r(id, patient, category, code, display, value, unit, taken, device)
                    on conflict (device_id, code, effective_at) where device_id is not null do nothing
                    returning id""")
                    .param("by", callers.find().map(c -> c.userId()).orElse(null))
                    .param("at", now()).param("ids", ids).param("patients", patients)
                    .param("categories", categories).param("codes", codes)
                    .param("displays", displays).param("values", values).param("units", units)
                    .param("taken", taken).param("devices", devices).query(UUID.class).list());
            List<UUID> parts = new java.util.ArrayList<>();
            List<Integer> positions = new java.util.ArrayList<>();
            List<String> partCodes = new java.util.ArrayList<>();
            List<String> partDisplays = new java.util.ArrayList<>();
            List<String> partValues = new java.util.ArrayList<>();
            List<String> partUnits = new java.util.ArrayList<>();
            List<UUID> answer = new java.util.ArrayList<>(n);
            for (i = 0; i < n; i++) {
                boolean kept = stored.contains(ids[i]);
                answer.add(kept ? ids[i] : null);
                List<PatientObservation.Component> components = readings.get(i).observation().components();
                for (int c = 0; kept && c < components.size(); c++) {
                    parts.add(ids[i]);
                    positions.add(c);
                    partCodes.add(components.get(c).code());
                    partDisplays.add(components.get(c).display());
                    partValues.add(components.get(c).valueQuantity() == null ? null
                            : components.get(c).valueQuantity().toPlainString());
                    partUnits.add(components.get(c).valueUnit());
                }
            }
            if (!parts.isEmpty()) {
                jdbc.sql("""
                        insert into observation_component (observation_id, position, code_system, code, display,
                                                           value_quantity, value_unit)
                        select r.id, r.position, 'http://loinc.org', r.code, r.display, r.value, r.unit
                          from unnest(cast(:ids as uuid[]), cast(:positions as int[]), cast(:codes as text[]),
                                      cast(:displays as text[]), cast(:values as numeric[]), cast(:units as text[]))
                               as r(id, position, code, display, value, unit)""")
                        .param("ids", parts.toArray(UUID[]::new)).param("positions", positions.toArray(Integer[]::new))
                        .param("codes", partCodes.toArray(String[]::new))
                        .param("displays", partDisplays.toArray(String[]::new))
                        .param("values", partValues.toArray(String[]::new))
                        .param("units", partUnits.toArray(String[]::new)).update();
            }
            Map<UUID, List<UUID>> answers = new java.util.LinkedHashMap<>();
            List<ObservationsStored> stores = new java.util.ArrayList<>();
            int from = 0;
            for (PatientAccess access : accesses) {
                int count = readingsByPatient.get(access.patientId()).size();
                List<UUID> mine = answer.subList(from, from + count);
                from += count;
                answers.put(access.patientId(), mine);
                List<UUID> announced = mine.stream().filter(java.util.Objects::nonNull).toList();
                if (!announced.isEmpty()) {
                    stores.add(new ObservationsStored(access, announced, ObservationSource.DEVICE));
                }
            }
            if (!stores.isEmpty()) {
                events.publishEvent(new DeviceReadingsStored(stores));
            }
            return answers;
        }, answer -> answer.stream().filter(java.util.Objects::nonNull).count() + " device readings");
    }

    /**
     * The days, in the practice's time zone, on which each of these patients' devices sent a reading taken in
     * {@code [from, to]}: DEVICE readings only (what a patient types in never counts), readings in error left out.
     * A set query for the month close and the worklist; the caller has scoped the patients to the practice.
     */
    public Map<UUID, java.util.SortedSet<java.time.LocalDate>> deviceDays(UUID practiceId,
                                                                          java.util.Collection<UUID> patientIds,
                                                                          java.time.LocalDate from,
                                                                          java.time.LocalDate to,
                                                                          java.time.ZoneId zone) {
        Map<UUID, java.util.SortedSet<java.time.LocalDate>> days = new java.util.HashMap<>();
        if (patientIds.isEmpty()) {
            return days;
        }
        jdbc.sql("""
                select o.patient_id, cast(o.effective_at at time zone :zone as date) as day
                  from observation o join patient p on p.id = o.patient_id and p.practice_id = :practice
                 where o.patient_id = any(:patients) and o.source = 'DEVICE' and o.device_id is not null
                   and o.status <> 'entered-in-error'
                   and o.effective_at >= :from and o.effective_at < :until
                 group by 1, 2""")
                .param("zone", zone.getId()).param("practice", practiceId)
                .param("patients", patientIds.toArray(UUID[]::new))
                .param("from", from.atStartOfDay(zone).toOffsetDateTime())
                .param("until", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, java.time.LocalDate.class)))
                .list().forEach(day -> days.computeIfAbsent(day.getKey(), id -> new java.util.TreeSet<>())
                        .add(day.getValue()));
        return days;
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

    /** These readings of patients already opened (a bundle's), in the order asked: one read for all of them. */
    public List<RecordedObservation> find(java.util.Collection<PatientAccess> accesses, List<UUID> ids) {
        return find(accesses.stream().map(PatientAccess::patientId).distinct().toArray(UUID[]::new), ids);
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
        return find(new UUID[] {patientId}, ids);
    }

    private List<RecordedObservation> find(UUID[] patientIds, List<UUID> ids) {
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
        Map<UUID, RecordedObservation> rows = jdbc.sql("select * from observation where patient_id = any(?) and id = any(?)")
                .params(patientIds, wanted).query((rs, n) -> row(rs, parts)).list().stream()
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
