package org.careloop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.careloop.audit.PatientDataAccess;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Patient data is reached through the patient module's gate, which scopes and audits in one call: no other module
 * writes audit events of its own, repositories stay inside their module, and no module's SQL names another module's
 * tables (it asks that module's API instead).
 */
class PatientGateArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.careloop");

    /** Which module owns each table; a new table must be given an owner here. */
    static final Map<String, String> OWNER = owners(Map.of(
            "identity", "practice app_user user_role practice_member api_token spring_session spring_session_attributes "
                    + "sign_in_throttle authentication_noted",
            "audit", "audit_event audit_event_default",
            "patient", "patient patient_identifier patient_contact condition allergy medication immunization "
                    + "clinical_procedure family_history encounter observation observation_component ehr_care_team "
                    + "ehr_care_plan ehr_goal questionnaire_response",
            "directory", "organization location practitioner practitioner_role directory_identifier",
            "enrollment", "chronic_condition_catalogue enrollment enrollment_transition consent",
            "assessment", "assessment_response social_need",
            "task", "task task_trigger",
            "careplan", "care_plan care_plan_version care_plan_signature care_plan_copy care_plan_review",
            "outreach", "interaction",
            "timetracking", "time_entry time_entry_revision time_month_closed time_timer"),
            Map.of("billing", "billing_month billing_statement billing_statement_line billing_statement_refusal "
                    + "billing_diagnosis_choice practice_fee",
                    "schedule", "scheduled_tasks",
                    "monitoring", "alert_protocol alert_threshold reading_alert device",
                    "caregap", "care_gap care_gap_pending",
                    "careteam", "care_team_member care_contact",
                    "transition", "transition transition_diagnosis transition_contact",
                    "medication", "medication_list medication_list_item"),
            Map.of("education", "education_material education_assignment education_teach_back",
                    "appointment", "appointment",
                    "wishes", "patient_wishes advance_directive advance_directive_copy",
                    "document", "clinical_document",
                    "careplansharing", "care_plan_share",
                    "community", "community_organization community_location community_service "
                            + "community_service_location community_schedule",
                    "referral", "referral referral_move",
                    "adt", "adt_feed_source adt_message adt_unmatched_item"));

    /**
     * The command-line benchmarks fill a throw-away database with a practice at scale straight through SQL and
     * count what they wrote; they are measuring tools, not a module that reads patient data for anyone.
     */
    static final List<String> SQL_EXEMPT = List.of("cli");

    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_]+)", Pattern.CASE_INSENSITIVE);

    @Test
    void onlyThePatientGateRecordsAccessToPatientData() {
        noClasses().that().resideOutsideOfPackages("org.careloop.patient..", "org.careloop.audit..")
                .should().dependOnClassesThat().areAssignableTo(PatientDataAccess.class)
                .because("a module reaches patient data through PatientGate, which scopes and audits in one call")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreNotPartOfAModulesPublicApi() {
        classes().that().areAnnotatedWith(Repository.class)
                .should().notBePublic().orShould().resideInAPackage("..internal..")
                .because("a module's tables are reached through its services, never its repositories")
                .check(CLASSES);
    }

    @Test
    void aRepositoryIsUsedOnlyInsideItsOwnModule() {
        classes().that().areAnnotatedWith(Repository.class)
                .should(new ArchCondition<JavaClass>("be used only by their own module") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        for (Dependency use : repository.getDirectDependenciesToSelf()) {
                            if (!module(use.getOriginClass()).equals(module(repository))) {
                                events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                            }
                        }
                    }
                })
                .check(CLASSES);
    }

    @Test
    void everyTableHasAnOwningModule() throws IOException {
        List<String> tables = new ArrayList<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.toList()) {
                Matcher created = Pattern.compile("create table (?:if not exists )?([a-z_]+)", Pattern.CASE_INSENSITIVE)
                        .matcher(Files.readString(migration));
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase());
                }
            }
        }
        assertThat(tables).as("tables created by the migrations").isNotEmpty();
        assertThat(OWNER.keySet()).as("give each new table its owning module in PatientGateArchitectureTests.OWNER")
                .containsAll(tables);
    }

    @Test
    void noModulesSqlNamesAnotherModulesTables() throws IOException {
        Path root = Path.of("src/main/java/org/careloop");
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(root)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Path relative = root.relativize(source);
                String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                if (SQL_EXEMPT.contains(module)) {
                    continue;
                }
                for (String table : tablesNamedIn(Files.readString(source))) {
                    String owner = OWNER.get(table);
                    if (owner != null && !owner.equals(module)) {
                        trespasses.add(relative + " reads or writes " + owner + "'s table " + table);
                    }
                }
            }
        }
        assertThat(trespasses).as("SQL naming another module's tables: ask that module's API instead").isEmpty();
    }

    @Test
    void theSqlScanFindsATrespass() {
        assertThat(tablesNamedIn("""
                String sql = \"""
                        select e.* from time_entry e join app_user u on u.id = e.staff_id\""";
                """)).containsExactly("app_user", "time_entry");
    }

    private static TreeSet<String> tablesNamedIn(String java) {
        TreeSet<String> tables = new TreeSet<>();
        Matcher literal = STRING.matcher(java);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            Matcher table = TABLE.matcher(text);
            while (table.find()) {
                tables.add(table.group(1).toLowerCase());
            }
        }
        return tables;
    }

    private static String module(JavaClass type) {
        String name = type.getPackageName().substring("org.careloop".length());
        return name.isEmpty() ? "" : name.substring(1).split("\\.")[0];
    }

    @SafeVarargs
    private static Map<String, String> owners(Map<String, String>... byModule) {
        return Stream.of(byModule).flatMap(map -> map.entrySet().stream())
                .flatMap(entry -> Stream.of(entry.getValue().split(" ")).map(table -> Map.entry(table, entry.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
