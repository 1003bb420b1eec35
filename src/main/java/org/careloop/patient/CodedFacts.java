package org.careloop.patient;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The coded entries of many patients' clinical records at once, narrowed to the codes a rule reads (care gaps over a
 * whole practice): a fixed number of queries whatever the number of patients. Problems match on their code, SNOMED
 * CT or ICD-10-CM code (ICD-10-CM also by prefix); observations on their code or a component's. The caller scopes
 * the patients to its practice and audits what it shows.
 */
@Service
public class CodedFacts {

    public enum Kind { CONDITION, OBSERVATION, PROCEDURE, IMMUNIZATION }

    /** Who the patient is, as far as a rule needs: birth date, administrative sex, whether the patient died. */
    public record Person(UUID patientId, UUID practiceId, LocalDate birthDate, String sex, boolean deceased) {
    }

    /** One coded entry, dated as stored (an instant); {@code parts} are a panel's components (code, value). */
    public record Entry(UUID patientId, Kind kind, String codeSystem, String code, String alternateCode,
                        String display, OffsetDateTime on, OffsetDateTime endedOn, String status, BigDecimal value, String unit,
                        List<Part> parts) {
    }

    public record Part(String codeSystem, String code, BigDecimal value, String unit) {
    }

    private final JdbcClient jdbc;

    CodedFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The patients with these ids, in any practice (the caller scopes). */
    public List<Person> people(Collection<UUID> patients) {
        return jdbc.sql("""
                select id as patient_id, practice_id, birth_date, sex,
                       (deceased_on is not null or status = 'DECEASED') as deceased
                  from patient where id = any(?)""")
                .param(patients.toArray(UUID[]::new)).query(Person.class).list();
    }

    /** The ids of every patient of the practice, for a sweep. */
    public List<UUID> patientsOf(UUID practiceId) {
        return jdbc.sql("select id from patient where practice_id = ? order by id").param(practiceId).query(UUID.class).list();
    }

    /** The practices that have patients. */
    public List<UUID> practices() {
        return jdbc.sql("select distinct practice_id from patient").query(UUID.class).list();
    }

    /** The entries of these patients whose code is one of {@code codes} or starts with one of {@code prefixes}. */
    public Map<UUID, List<Entry>> entries(Collection<UUID> patients, Collection<String> codes, Collection<String> prefixes) {
        Map<UUID, List<Entry>> found = new HashMap<>();
        UUID[] ids = patients.toArray(UUID[]::new);
        String[] wanted = codes.toArray(String[]::new);
        String[] like = prefixes.stream().map(p -> p + "%").toArray(String[]::new);
        jdbc.sql("""
                select patient_id, code_system, code, coalesce(icd10_code, snomed_code) as alternate, display,
                       onset_at, abated_at, recorded_on, clinical_status from condition
                 where patient_id = any(?) and (code = any(?) or snomed_code = any(?) or icd10_code = any(?)
                       or icd10_code like any(?))""")
                .params(ids, wanted, wanted, wanted, like).query(rs -> {
                    OffsetDateTime on = date(rs, "onset_at");
                    LocalDate recorded = rs.getObject("recorded_on", LocalDate.class);
                    add(found, new Entry(uuid(rs), Kind.CONDITION, rs.getString("code_system"), rs.getString("code"),
                            rs.getString("alternate"), rs.getString("display"),
                            on != null || recorded == null ? on : recorded.atStartOfDay().atOffset(java.time.ZoneOffset.UTC),
                            date(rs, "abated_at"),
                            rs.getString("clinical_status"), null, null, List.of()));
                });
        jdbc.sql("""
                select patient_id, code_system, code, display, status, performed_start from clinical_procedure
                 where patient_id = any(?) and code = any(?)""")
                .params(ids, wanted).query(rs -> {
                    add(found, new Entry(uuid(rs), Kind.PROCEDURE, rs.getString("code_system"), rs.getString("code"), null,
                            rs.getString("display"), date(rs, "performed_start"), null, rs.getString("status"), null, null,
                            List.of()));
                });
        jdbc.sql("""
                select patient_id, cvx_code, display, status, occurred_at from immunization
                 where patient_id = any(?) and cvx_code = any(?)""")
                .params(ids, wanted).query(rs -> {
                    add(found, new Entry(uuid(rs), Kind.IMMUNIZATION, "http://hl7.org/fhir/sid/cvx", rs.getString("cvx_code"),
                            null, rs.getString("display"), date(rs, "occurred_at"), null, rs.getString("status"), null,
                            null, List.of()));
                });
        Map<UUID, List<Part>> parts = new HashMap<>();
        jdbc.sql("""
                select c.observation_id, c.code_system, c.code, c.value_quantity, c.value_unit
                  from observation_component c join observation o on o.id = c.observation_id
                 where o.patient_id = any(?) and o.code = any(?) order by c.observation_id, c.position""")
                .params(ids, wanted).query(rs -> {
                    parts.computeIfAbsent(rs.getObject("observation_id", UUID.class), id -> new ArrayList<>())
                            .add(new Part(rs.getString("code_system"), rs.getString("code"),
                                    rs.getBigDecimal("value_quantity"), rs.getString("value_unit")));
                });
        jdbc.sql("""
                select id, patient_id, code_system, code, display, status, effective_at, value_quantity, value_unit
                  from observation where patient_id = any(?) and code = any(?)""")
                .params(ids, wanted).query(rs -> {
                    add(found, new Entry(uuid(rs), Kind.OBSERVATION, rs.getString("code_system"), rs.getString("code"),
                            null, rs.getString("display"), date(rs, "effective_at"), null, rs.getString("status"),
                            rs.getBigDecimal("value_quantity"), rs.getString("value_unit"),
                            parts.getOrDefault(rs.getObject("id", UUID.class), List.of())));
                });
        return found;
    }

    private static void add(Map<UUID, List<Entry>> found, Entry entry) {
        found.computeIfAbsent(entry.patientId(), id -> new ArrayList<>()).add(entry);
    }

    private static UUID uuid(ResultSet rs) throws SQLException {
        return rs.getObject("patient_id", UUID.class);
    }

    private static OffsetDateTime date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }
}
