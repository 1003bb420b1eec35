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

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The coded entries of many patients' clinical records at once, narrowed to the codes a rule reads (care gaps over a
 * whole practice): a fixed number of queries whatever the number of patients. An entry matches when any of its codes
 * does (exactly or by prefix): its primary code, a problem's SNOMED CT or ICD-10-CM code, or any other coding the
 * EHR sent with it. The caller scopes the patients to its practice and audits what it shows.
 */
@Service
public class CodedFacts {

    public enum Kind { CONDITION, OBSERVATION, PROCEDURE, IMMUNIZATION }

    /** Who the patient is, as far as a rule needs: birth date, administrative sex, whether the patient died. */
    public record Person(UUID patientId, UUID practiceId, LocalDate birthDate, String sex, boolean deceased) {
    }

    /**
     * One coded entry with every code it carries (the source's codings in order, then any code CareLoop filed it by
     * that they lack), dated as stored (an instant); {@code parts} are a panel's components (code, value).
     */
    public record Entry(UUID patientId, Kind kind, List<ClinicalCoding> codings, String display, OffsetDateTime on,
                        OffsetDateTime endedOn, String status, BigDecimal value, String unit, List<Part> parts) {
        public Entry {
            codings = List.copyOf(codings);
        }
    }

    public record Part(String codeSystem, String code, BigDecimal value, String unit) {
    }

    private static final String SNOMED = "http://snomed.info/sct";
    private static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    private static final String CVX = "http://hl7.org/fhir/sid/cvx";

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

    /**
     * The entries of these patients of which any code is one of {@code codes} or starts with one of {@code prefixes}:
     * the primary code, a problem's SNOMED CT or ICD-10-CM code, or any coding the source sent besides.
     */
    public Map<UUID, List<Entry>> entries(Collection<UUID> patients, Collection<String> codes, Collection<String> prefixes) {
        Map<UUID, List<Entry>> found = new HashMap<>();
        UUID[] ids = patients.toArray(UUID[]::new);
        String[] wanted = codes.toArray(String[]::new);
        String[] like = prefixes.stream().map(p -> p + "%").toArray(String[]::new);
        query("""
                select patient_id, code_system, code, snomed_code, icd10_code, display, onset_at, abated_at,
                       recorded_on, clinical_status,
                       case when jsonb_array_length(codings) > 1 then codings end as codings
                  from condition
                 where patient_id = any(:patients) and """ + anyCode("", "code", "snomed_code", "icd10_code"),
                ids, wanted, like, rs -> {
                    OffsetDateTime on = date(rs, "onset_at");
                    LocalDate recorded = rs.getObject("recorded_on", LocalDate.class);
                    List<ClinicalCoding> codings = codings(rs, rs.getString("code_system"), rs.getString("code"));
                    also(codings, SNOMED, rs.getString("snomed_code"), rs.getString("display"));
                    also(codings, ICD_10_CM, rs.getString("icd10_code"), rs.getString("display"));
                    add(found, new Entry(uuid(rs), Kind.CONDITION, codings, rs.getString("display"),
                            on != null || recorded == null ? on : recorded.atStartOfDay().atOffset(java.time.ZoneOffset.UTC),
                            date(rs, "abated_at"), rs.getString("clinical_status"), null, null, List.of()));
                });
        query("""
                select patient_id, code_system, code, display, status, performed_start,
                       case when jsonb_array_length(codings) > 1 then codings end as codings
                  from clinical_procedure where patient_id = any(:patients) and """ + anyCode("", "code"),
                ids, wanted, like, rs -> add(found, new Entry(uuid(rs), Kind.PROCEDURE,
                        codings(rs, rs.getString("code_system"), rs.getString("code")), rs.getString("display"),
                        date(rs, "performed_start"), null, rs.getString("status"), null, null, List.of())));
        query("""
                select patient_id, cvx_code, display, status, occurred_at,
                       case when jsonb_array_length(codings) > 1 then codings end as codings
                  from immunization
                 where patient_id = any(:patients) and """ + anyCode("", "cvx_code"),
                ids, wanted, like, rs -> add(found, new Entry(uuid(rs), Kind.IMMUNIZATION,
                        codings(rs, CVX, rs.getString("cvx_code")), rs.getString("display"), date(rs, "occurred_at"),
                        null, rs.getString("status"), null, null, List.of())));
        Map<UUID, List<Part>> parts = new HashMap<>();
        query("""
                select c.observation_id, c.code_system, c.code, c.value_quantity, c.value_unit
                  from observation_component c join observation o on o.id = c.observation_id
                 where o.patient_id = any(:patients) and """ + anyCode("o.", "code") + """
                 order by c.observation_id, c.position""",
                ids, wanted, like, rs -> {
                    parts.computeIfAbsent(rs.getObject("observation_id", UUID.class), id -> new ArrayList<>())
                            .add(new Part(rs.getString("code_system"), rs.getString("code"),
                                    rs.getBigDecimal("value_quantity"), rs.getString("value_unit")));
                });
        query("""
                select id, patient_id, code_system, code, display, status, effective_at, value_quantity, value_unit,
                       case when jsonb_array_length(codings) > 1 then codings end as codings
                  from observation where patient_id = any(:patients) and """ + anyCode("", "code"),
                ids, wanted, like, rs -> add(found, new Entry(uuid(rs), Kind.OBSERVATION,
                        codings(rs, rs.getString("code_system"), rs.getString("code")), rs.getString("display"),
                        date(rs, "effective_at"), null, rs.getString("status"), rs.getBigDecimal("value_quantity"),
                        rs.getString("value_unit"), parts.getOrDefault(rs.getObject("id", UUID.class), List.of()))));
        return found;
    }

    /**
     * Rows one of whose code columns, or (when the source sent several) one of whose codings, is wanted. Most rows
     * carry one coding, their primary code, so the codings are opened only for the few others; the patients' rows
     * are found by the patient index, as before.
     */
    private static String anyCode(String alias, String... columns) {
        StringBuilder sql = new StringBuilder(" (");
        for (String column : columns) {
            sql.append(alias).append(column).append(" = any(:codes) or ")
                    .append(alias).append(column).append(" like any(:prefixes) or ");
        }
        return sql.append("jsonb_array_length(").append(alias).append("codings) > 1 and exists (select from ")
                .append("jsonb_array_elements(").append(alias).append("codings) coding where coding ->> 'code' = ")
                .append("any(:codes) or coding ->> 'code' like any(:prefixes)))\n").toString();
    }

    private void query(String sql, UUID[] patients, String[] codes, String[] prefixes, RowCallbackHandler row) {
        jdbc.sql(sql).param("patients", patients).param("codes", codes).param("prefixes", prefixes).query(row);
    }

    /**
     * The codings the source sent when it sent several (the queries leave out a single one: it is the primary code),
     * else the entry's one code.
     */
    private static List<ClinicalCoding> codings(ResultSet rs, String system, String code) throws SQLException {
        List<ClinicalCoding> codings = new ArrayList<>(CodingsColumn.read(rs.getString("codings")));
        also(codings, system, code, rs.getString("display"));
        return codings;
    }

    private static void also(List<ClinicalCoding> codings, String system, String code, String display) {
        if (code != null && codings.stream().noneMatch(known -> code.equals(known.code()))) {
            codings.add(new ClinicalCoding(system, code, display));
        }
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
