package org.careloop.enrollment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careloop.InvalidRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The chronic conditions that count toward CCM and PCM, by category, kept as data (seeded by the V20 migration)
 * so that a practice can add a code without a release.
 */
@Service
public class ChronicConditionCatalogue {

    private static final Set<String> SYSTEMS = Set.of(ChronicConditionCode.SNOMED_CT, ChronicConditionCode.ICD_10_CM);

    private final JdbcClient jdbc;

    ChronicConditionCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every catalogue entry, by category and code. */
    public List<ChronicConditionCode> codes() {
        return jdbc.sql("""
                select code_system as system, code, display, category from chronic_condition_catalogue
                 order by category, code_system, code""")
                .query(ChronicConditionCode.class).list();
    }

    /** The eligibility policy under the catalogue as it stands now. */
    public Eligibility eligibility() {
        return new Eligibility(codes());
    }

    /** Adds an entry; adding one that exists changes nothing. The system may be named loosely ("SNOMED"). */
    public ChronicConditionCode add(ChronicConditionCode entry) {
        String system = ChronicConditionCode.canonicalSystem(entry.system());
        ChronicConditionCode clean = new ChronicConditionCode(system, trim(entry.code()), trim(entry.display()),
                trim(entry.category()) == null ? null : trim(entry.category()).toLowerCase().replace(' ', '_'));
        Map<String, String> problems = new LinkedHashMap<>();
        if (system == null || !SYSTEMS.contains(system)) {
            problems.put("system", "must be SNOMED CT or ICD-10-CM");
        }
        if (clean.code() == null) {
            problems.put("code", "must not be blank");
        }
        if (clean.display() == null) {
            problems.put("display", "must not be blank");
        }
        if (clean.category() == null || !clean.category().matches("[a-z_]+")) {
            problems.put("category", "must be a category name such as heart_failure");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), Map.copyOf(problems));
        }
        jdbc.sql("""
                insert into chronic_condition_catalogue (code_system, code, display, category) values (?, ?, ?, ?)
                on conflict (code_system, code, category) do nothing""")
                .params(clean.system(), clean.code(), clean.display(), clean.category()).update();
        return clean;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
