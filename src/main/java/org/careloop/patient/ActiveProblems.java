package org.careloop.patient;

import java.sql.Array;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The active problems of a whole practice sorted into categories the asking module defines, in one query: the
 * billing month needs every enrolled patient's chronic-condition count at once. A problem is active when its
 * clinical status is active, recurrence or relapse (or unknown) and it has not abated; a SNOMED CT code matches
 * exactly, an ICD-10-CM code by category prefix. The module that asks audits what it shows.
 */
@Service
public class ActiveProblems {

    /** A code to look for and the category it counts toward; {@code system} is the code system's URI. */
    public record CategoryCode(String system, String code, String category) {
    }

    /**
     * A patient's distinct categories and the codes behind them (ICD-10-CM where recorded, else "SNOMED" code);
     * {@code categoryNames} are the categories themselves, sorted.
     */
    public record Categorized(int categories, List<String> diagnosisCodes, List<String> categoryNames) {
    }

    /**
     * One active problem that falls in a category: its SNOMED CT and ICD-10-CM codes as recorded (either may be
     * null), its display text, and the first category it counts toward.
     */
    public record CategorizedProblem(UUID patientId, String snomedCode, String icd10Code, String display,
                                     String category) {
    }

    static final String SNOMED_CT = "http://snomed.info/sct";
    static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";

    private final JdbcClient jdbc;

    ActiveProblems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Patients of the practice with at least one active problem in a category, by patient. */
    public Map<UUID, Categorized> inCategories(UUID practiceId, List<CategoryCode> codes) {
        return inCategories("join patient p on p.id = c.patient_id and p.practice_id = ?", practiceId, codes);
    }

    /** As {@link #inCategories(UUID, List)}, for these patients only (a page of a list). */
    public Map<UUID, Categorized> inCategories(Collection<UUID> patients, List<CategoryCode> codes) {
        if (patients.isEmpty()) {
            return new HashMap<>();
        }
        return inCategories("join unnest(cast(? as uuid[])) as listed(id) on listed.id = c.patient_id",
                patients.toArray(UUID[]::new), codes);
    }

    private Map<UUID, Categorized> inCategories(String scope, Object scopeParameter, List<CategoryCode> codes) {
        Map<UUID, Categorized> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select c.patient_id,
                       count(distinct cat.category) as categories,
                       array_agg(distinct coalesce(c.icd10_code, 'SNOMED ' || c.snomed_code)) as codes,
                       array_agg(distinct cat.category order by cat.category) as category_names
                  from condition c
                  """ + scope + """
                  join unnest(cast(? as text[]), cast(? as text[]), cast(? as text[])) as cat(code_system, code, category)
                    on (cat.code_system = ? and cat.code = c.snomed_code)
                    or (cat.code_system = ? and c.icd10_code like cat.code || '%')
                 where coalesce(c.clinical_status, 'active') in ('active', 'recurrence', 'relapse')
                   and c.abated_at is null
                 group by c.patient_id""")
                .params(scopeParameter, codes.stream().map(CategoryCode::system).toArray(String[]::new),
                        codes.stream().map(CategoryCode::code).toArray(String[]::new),
                        codes.stream().map(CategoryCode::category).toArray(String[]::new), SNOMED_CT, ICD_10_CM)
                .query(rs -> {
                    found.put(rs.getObject("patient_id", UUID.class), new Categorized(rs.getInt("categories"),
                            texts(rs.getArray("codes")), texts(rs.getArray("category_names"))));
                });
        return found;
    }

    /** Each active problem of the practice's patients that falls in one of the categories, one row per problem. */
    public Map<UUID, List<CategorizedProblem>> problemsInCategories(UUID practiceId, List<CategoryCode> codes) {
        Map<UUID, List<CategorizedProblem>> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select c.patient_id, c.snomed_code, c.icd10_code, c.display, min(cat.category) as category
                  from condition c
                  join patient p on p.id = c.patient_id and p.practice_id = ?
                  join unnest(cast(? as text[]), cast(? as text[]), cast(? as text[])) as cat(code_system, code, category)
                    on (cat.code_system = ? and cat.code = c.snomed_code)
                    or (cat.code_system = ? and c.icd10_code like cat.code || '%')
                 where coalesce(c.clinical_status, 'active') in ('active', 'recurrence', 'relapse')
                   and c.abated_at is null
                 group by c.patient_id, c.snomed_code, c.icd10_code, c.display
                 order by c.patient_id, min(cat.category), c.snomed_code, c.icd10_code""")
                .params(practiceId, codes.stream().map(CategoryCode::system).toArray(String[]::new),
                        codes.stream().map(CategoryCode::code).toArray(String[]::new),
                        codes.stream().map(CategoryCode::category).toArray(String[]::new), SNOMED_CT, ICD_10_CM)
                .query(CategorizedProblem.class).list()
                .forEach(problem -> found.computeIfAbsent(problem.patientId(), id -> new java.util.ArrayList<>()).add(problem));
        return found;
    }

    private static List<String> texts(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
