package org.careloop.medication.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.careloop.medication.AdherenceBarrier;
import org.careloop.medication.MedicationList;
import org.careloop.medication.MedicationList.ListedMedication;
import org.careloop.medication.MedicationOrigin;
import org.careloop.medication.PatientAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signed medication lists of the patients, with their items; a list is written once and never changed. */
@Repository
public class StoredLists {

    private final JdbcClient jdbc;

    StoredLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The patient's lists, newest first; the newest is the current one. */
    public List<MedicationList> ofPatient(UUID patientId) {
        record Item(UUID listId, ListedMedication medication) {
        }
        Map<UUID, List<ListedMedication>> items = new LinkedHashMap<>();
        jdbc.sql("""
                select i.* from medication_list_item i join medication_list l on l.id = i.list_id
                 where l.patient_id = ? order by l.number desc, i.position""")
                .param(patientId).query((rs, n) -> new Item(rs.getObject("list_id", UUID.class), item(rs))).list()
                .forEach(item -> items.computeIfAbsent(item.listId(), id -> new ArrayList<>()).add(item.medication()));
        return jdbc.sql("select * from medication_list where patient_id = ? order by number desc").param(patientId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new MedicationList(id, patientId, rs.getInt("number"),
                            rs.getObject("reconciled_on", LocalDate.class), rs.getObject("signed_by", UUID.class),
                            rs.getString("signed_by_name"), rs.getString("signed_by_credential"),
                            rs.getObject("signed_at", OffsetDateTime.class).toInstant(),
                            (Integer) rs.getObject("minutes"), rs.getObject("time_entry_id", UUID.class),
                            rs.getString("note"), n == 0, items.getOrDefault(id, List.of()));
                }).list();
    }

    /** The patient's current (newest) list, if one was ever signed. */
    public Optional<MedicationList> latest(UUID patientId) {
        return ofPatient(patientId).stream().findFirst();
    }

    /** The EHR prescriptions any of the patient's lists reviewed. */
    public Set<UUID> reviewedPrescriptions(UUID patientId) {
        return Set.copyOf(jdbc.sql("""
                select distinct i.imported_medication_id from medication_list_item i
                  join medication_list l on l.id = i.list_id
                 where l.patient_id = ? and i.imported_medication_id is not null""")
                .param(patientId).query(UUID.class).list());
    }

    /** Stores a newly signed list; a list of the same number signed meanwhile makes it fail on the unique key. */
    public void insert(MedicationList list, UUID practiceId) {
        jdbc.sql("""
                insert into medication_list (id, practice_id, patient_id, number, reconciled_on, signed_by, signed_by_name,
                                             signed_by_credential, signed_at, minutes, time_entry_id, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(list.id(), practiceId, list.patientId(), list.number(), list.reconciledOn(), list.signedBy(),
                        list.signedByName(), list.signedByCredential(),
                        OffsetDateTime.ofInstant(list.signedAt(), ZoneOffset.UTC), list.minutes(), list.timeEntryId(),
                        list.note()).update();
        int position = 0;
        for (ListedMedication item : list.medications()) {
            jdbc.sql("""
                    insert into medication_list_item (id, list_id, position, origin, imported_medication_id, rxnorm_code,
                                                      name, dose, answer, reason, barriers, note)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?)""")
                    .params(item.id(), list.id(), position++, item.origin().name(), item.importedMedicationId(),
                            item.rxnormCode(), item.name(), item.dose(),
                            item.answer() == null ? null : item.answer().name(), item.reason(),
                            "{" + String.join(",", item.barriers().stream().map(Enum::name).toList()) + "}", item.note())
                    .update();
        }
    }

    private static ListedMedication item(ResultSet rs) throws SQLException {
        String answer = rs.getString("answer");
        Array barriers = rs.getArray("barriers");
        return new ListedMedication(rs.getObject("id", UUID.class), MedicationOrigin.valueOf(rs.getString("origin")),
                rs.getObject("imported_medication_id", UUID.class), rs.getString("rxnorm_code"), rs.getString("name"),
                rs.getString("dose"), answer == null ? null : PatientAnswer.valueOf(answer), rs.getString("reason"),
                Arrays.stream((String[]) barriers.getArray()).map(AdherenceBarrier::valueOf).toList(),
                rs.getString("note"));
    }
}
