package org.careloop.patient;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.careloop.BulkInsert;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores patient records that arrive from EHRs (FHIR bundles, files). A patient the practice already has (same
 * source identity or same MRN) is kept as is and only gains the records that are new; importing the same chart
 * twice changes nothing. Many rows go to the database in one statement per table. A chart that gained entries
 * announces {@link ClinicalRecordChanged}.
 */
@Service
public class ImportedRecords {

    /** What storing a chart did: the patient's id, whether the patient is new, and which source keys were new. */
    public record StoredChart(UUID patientId, boolean patientCreated, Set<String> createdKeys) {
        public boolean created(String sourceKey) {
            return createdKeys.contains(sourceKey);
        }
    }

    /** Where a death sent by an EHR came from, on the chart's banner. */
    static final String EHR_IMPORT = "EHR import";

    private final JdbcClient jdbc;
    private final ImportedRecordsWriter writer;
    private final Patients patients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportedRecords(JdbcClient jdbc, Patients patients, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.writer = new ImportedRecordsWriter(jdbc);
        this.patients = patients;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The id a record of the patient has in CareLoop, derived from its source key so that a visit referred to by
     * observations of a later import is the same visit.
     */
    public static UUID recordId(UUID patientId, String sourceKey) {
        return UUID.nameUUIDFromBytes((patientId + "|" + sourceKey).getBytes(StandardCharsets.UTF_8));
    }

    /** Stores the chart in the practice; a new patient is assigned to {@code careManagerId} when given. */
    @Transactional
    public StoredChart store(UUID practiceId, UUID careManagerId, ImportedChart chart) {
        StoredChart stored = storeChart(practiceId, careManagerId, chart);
        if (!stored.createdKeys().isEmpty()) {
            events.publishEvent(new ClinicalRecordChanged(stored.patientId(), practiceId, clock.instant()));
        }
        return stored;
    }

    private StoredChart storeChart(UUID practiceId, UUID careManagerId, ImportedChart chart) {
        ImportedPatient patient = chart.patient();
        Optional<UUID> existing = find(practiceId, patient);
        if (existing.isPresent()) {
            learnOfDeath(existing.get(), practiceId, patient);
            return storeRecords(practiceId, existing.get(), false, patient, chart);
        }
        Optional<UUID> inserted = insert(practiceId, careManagerId, patient);
        if (inserted.isPresent()) {
            return storeRecords(practiceId, inserted.get(), true, patient, chart);
        }
        // another import of the same patient committed in between: that is the patient
        UUID concurrent = find(practiceId, patient).orElseThrow(() -> new IllegalStateException(
                "Patient " + patient.sourceKey() + " clashes with another patient's medical record number"));
        return storeRecords(practiceId, concurrent, false, patient, chart);
    }

    private StoredChart storeRecords(UUID practiceId, UUID patientId, boolean patientCreated, ImportedPatient patient, ImportedChart chart) {
        BulkInsert identifiers = BulkInsert.keyed("patient_identifier", "(patient_id, system, value)",
                "patient_id:uuid", "system", "value", "type");
        patient.identifiers().forEach(id -> identifiers.add(patientId, id.system(), id.value(), id.type()));
        identifiers.execute(jdbc);
        if (!patientCreated && patient.medicareId() != null) {
            // a record imported again may bring the MBI the first import lacked; one already kept stays
            jdbc.sql("update patient set medicare_id = ? where id = ? and medicare_id is null")
                    .params(patient.medicareId(), patientId).update();
        }
        Set<String> created = new HashSet<>(writer.write(patientId, chart));
        List<UUID> newObservations = chart.observations().stream()
                .filter(observation -> created.contains(observation.sourceKey()))
                .map(observation -> recordId(patientId, observation.sourceKey())).toList();
        if (!newObservations.isEmpty()) {
            // the importer opened the patient's practice for the store; listeners evaluate what came in
            events.publishEvent(new ObservationsStored(new PatientAccess(patientId, practiceId),
                    newObservations, ObservationSource.EHR));
        }
        if (patientCreated) {
            created.add(patient.sourceKey());
        }
        return new StoredChart(patientId, patientCreated, created);
    }

    /**
     * A patient already in CareLoop whom the EHR now reports dead (a later import, an ADT feed): the death is recorded
     * and announced, so enrollments end and open work stops as when the care team records it.
     */
    private void learnOfDeath(UUID patientId, UUID practiceId, ImportedPatient patient) {
        if ((patient.deceased() || patient.deceasedOn() != null)
                && patients.recordDeath(patientId, practiceId, patient.deceasedOn(), EHR_IMPORT, null)) {
            events.publishEvent(new PatientDied(patientId, practiceId, patient.deceasedOn(), EHR_IMPORT, clock.instant()));
        }
    }

    private Optional<UUID> find(UUID practiceId, ImportedPatient patient) {
        return jdbc.sql("""
                select id from patient
                 where practice_id = :practice and (source_key = :key or mrn = :mrn)
                 order by (source_key = :key) desc nulls last limit 1""")
                .param("practice", practiceId).param("key", patient.sourceKey()).param("mrn", patient.mrn())
                .query(UUID.class).optional();
    }

    private Optional<UUID> insert(UUID practiceId, UUID careManagerId, ImportedPatient patient) {
        UUID id = UUID.randomUUID();
        boolean dead = patient.deceased() || patient.deceasedOn() != null;
        String mrn = patient.mrn() != null ? patient.mrn()
                : jdbc.sql("select nextval('patient_mrn_seq')").query(Long.class).single().toString();
        return jdbc.sql("""
                insert into patient (id, practice_id, mrn, family_name, given_names, birth_date, sex, deceased_on,
                                     phone, email, preferred_language, address_line, city, state, postal_code,
                                     country, assigned_care_manager_id, status, source_key, medicare_id,
                                     deceased_source, deceased_recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        case when cast(? as text) is null then null else now() end)
                on conflict do nothing returning id""")
                .params(id, practiceId, mrn, patient.familyName(), patient.givenNames(), patient.birthDate(),
                        patient.sex(), patient.deceasedOn(), patient.phone(), patient.email(),
                        patient.preferredLanguage(), patient.addressLine(), patient.city(), patient.state(),
                        patient.postalCode(), patient.country(), careManagerId,
                        dead ? "DECEASED" : "ACTIVE", patient.sourceKey(), patient.medicareId(),
                        dead ? EHR_IMPORT : null, dead ? EHR_IMPORT : null)
                .query(UUID.class).optional();
    }
}
