package org.careloop.patient;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who the patients of a practice are, in bulk, for work that spans the whole practice (the billing month, the
 * worklist). The caller is responsible for scoping to its own practice and for auditing what it shows.
 */
@Service
public class PatientRoster {

    /** The few facts a list or a claim line needs about a patient. */
    public record RosterEntry(UUID id, UUID practiceId, String mrn, String familyName, String givenNames,
                              LocalDate birthDate, String phone, String bestTimeToCall, String preferredLanguage,
                              UUID assignedCareManagerId, String status, LocalDate deceasedOn) {

        public String displayName() {
            return familyName + ", " + givenNames;
        }
    }

    private static final String COLUMNS = "id, practice_id, mrn, family_name, given_names, birth_date, phone, "
            + "best_time_to_call, preferred_language, assigned_care_manager_id, status, deceased_on";

    private final JdbcClient jdbc;
    private final Patients patients;

    PatientRoster(JdbcClient jdbc, Patients patients) {
        this.jdbc = jdbc;
        this.patients = patients;
    }

    /**
     * One page of the patients of these practices that the query admits, in name order, with the MBI masked as a
     * list shows it (the caller audits what it shows, through {@link PatientGate#listed}).
     */
    public PatientPage page(PatientQuery query, UUID[] practices, int page, int size) {
        List<PatientRecord> found = patients.search(query, practices, page, size).stream()
                .map(PatientRecord::withMedicareIdMasked).toList();
        return new PatientPage(found, page, size, patients.count(query, practices));
    }

    public Map<UUID, RosterEntry> ofPractice(UUID practiceId) {
        return index(jdbc.sql("select " + COLUMNS + " from patient where practice_id = ?").param(practiceId)
                .query(RosterEntry.class).list());
    }

    /** The whole Medicare Beneficiary Identifier of each patient of the practice that has one, for claim lines. */
    public Map<UUID, String> medicareIds(UUID practiceId) {
        Map<UUID, String> ids = new java.util.HashMap<>();
        jdbc.sql("select id, medicare_id from patient where practice_id = ? and medicare_id is not null").param(practiceId)
                .query(rs -> {
                    ids.put(rs.getObject("id", UUID.class), rs.getString("medicare_id"));
                });
        return ids;
    }

    /** The patients a care manager is assigned, within the given practices. */
    public List<RosterEntry> assignedTo(UUID careManagerId, UUID[] practices) {
        return jdbc.sql("select " + COLUMNS + " from patient where assigned_care_manager_id = ? and practice_id = any(?) and status = 'ACTIVE'")
                .params(careManagerId, practices).query(RosterEntry.class).list();
    }

    public Map<UUID, RosterEntry> of(Collection<UUID> ids, UUID[] practices) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return index(jdbc.sql("select " + COLUMNS + " from patient where id = any(?) and practice_id = any(?)")
                .params(ids.toArray(UUID[]::new), practices).query(RosterEntry.class).list());
    }

    private static Map<UUID, RosterEntry> index(List<RosterEntry> entries) {
        return entries.stream().collect(Collectors.toMap(RosterEntry::id, Function.identity()));
    }
}
