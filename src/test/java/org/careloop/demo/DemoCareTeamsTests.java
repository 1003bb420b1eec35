package org.careloop.demo;

import java.util.List;

import org.careloop.identity.Npi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo practices' patients come with care teams worth showing: specialists, the pharmacy and home health from the
 * practice's own directory, a daughter who is the authorised healthcare proxy and a neighbour who is not authorised.
 */
@SpringBootTest
class DemoCareTeamsTests {

    private static final String DEMO_PRACTICES = "'Riverside Family Medicine', 'Hillcrest Internal Medicine'";

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachDemoPracticeHasCareTeamsWithSpecialistsPharmacyAndHomeHealthFromItsOwnDirectory() {
        List<String> roles = jdbc.sql("""
                select pr.name || ' ' || m.role || ' ' || count(distinct m.patient_id) from care_team_member m
                  join practice pr on pr.id = m.practice_id
                 where m.role in ('SPECIALIST', 'PHARMACY', 'HOME_HEALTH') and pr.name in (%s)
                 group by pr.name, m.role order by pr.name, m.role""".formatted(DEMO_PRACTICES)).query(String.class).list();
        assertThat(roles).containsExactly(
                "Hillcrest Internal Medicine HOME_HEALTH 3", "Hillcrest Internal Medicine PHARMACY 8",
                "Hillcrest Internal Medicine SPECIALIST 8", "Riverside Family Medicine HOME_HEALTH 3",
                "Riverside Family Medicine PHARMACY 8", "Riverside Family Medicine SPECIALIST 8");
        assertThat(jdbc.sql("""
                select count(*) from care_team_member m join practitioner p on p.id = m.practitioner_id
                 where p.practice_id <> m.practice_id""").query(Long.class).single())
                .as("a practice's teams name only its own hand-entered clinicians").isZero();
        assertThat(jdbc.sql("select npi from practitioner where practice_id is not null and npi is not null")
                .query(String.class).list()).isNotEmpty().allMatch(Npi::valid);
    }

    @Test
    void demoPatientsHaveAnAuthorisedDaughterWhoIsTheProxyAndANeighbourWhoIsNotAuthorised() {
        List<String> contacts = jdbc.sql("""
                select relationship || ' ' || sharing_scope || ' ' || ('HEALTHCARE_PROXY' = any(kinds)) || ' ' || count(*)
                  from care_contact c join practice pr on pr.id = c.practice_id
                 where pr.name in (%s)
                 group by relationship, sharing_scope, 'HEALTHCARE_PROXY' = any(kinds)
                 order by relationship""".formatted(DEMO_PRACTICES)).query(String.class).list();
        assertThat(contacts).containsExactly("daughter ALL true 16", "husband CARE_PLAN_ONLY false 4",
                "neighbour NONE false 16", "wife CARE_PLAN_ONLY false 4");
    }
}
