package org.careloop.demo;

import java.util.List;

import org.careloop.fhir.importing.Fixtures;
import org.careloop.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo practices start with patients worth looking at, each with a care manager. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoPatientsTests {

    @Autowired
    JdbcClient jdbc;

    @Value("${local.server.port}")
    int port;

    @Test
    void eachDemoPracticeHasFortyPatientsUnderItsCareManager() {
        List<String> rows = jdbc.sql("""
                select pr.name || ' ' || u.username || ' ' || count(*) from patient p
                  join practice pr on pr.id = p.practice_id join app_user u on u.id = p.assigned_care_manager_id
                 where p.id in (select patient_id from audit_event where username = 'demo-data' and action = 'IMPORT')
                   and pr.name in ('Hillcrest Internal Medicine', 'Riverside Family Medicine')
                 group by pr.name, u.username order by pr.name""").query(String.class).list();
        assertThat(rows).containsExactly("Hillcrest Internal Medicine cm.okafor 40", "Riverside Family Medicine cm.rivera 40");
    }

    @Test
    void demoPeoplesNamesReadLikeNamesWithoutSyntheasDigits() {
        List<String> names = jdbc.sql("""
                select p.given_names || ' ' || p.family_name from patient p join practice pr on pr.id = p.practice_id
                 where p.id in (select patient_id from audit_event where username = 'demo-data' and action = 'IMPORT')
                   and pr.name in ('Hillcrest Internal Medicine', 'Riverside Family Medicine')""")
                .query(String.class).list();
        assertThat(names).hasSize(80).noneMatch(name -> name.matches(".*\\d.*"));
    }

    @Test
    void anOrdinaryImportKeepsTheNamesAsTheEhrSentThem() {
        Api rivera = Api.at(port).as("cm.rivera");
        rivera.post("/fhir", "application/fhir+json", Fixtures.bytes(Fixtures.DIRECTORY));
        assertThat(rivera.post("/fhir", "application/fhir+json", Fixtures.bytes(Fixtures.ADULT)).status()).isBetween(200, 299);

        assertThat(jdbc.sql("select count(*) from patient where family_name = 'Dickens475' and given_names = 'Layla49'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void syntheasDigitsComeOffEachPartOfAName() {
        assertThat(DemoNames.trimmed("Maria862 Lopez217")).isEqualTo("Maria Lopez");
        assertThat(DemoNames.trimmed("Dr. Lorenzo669 Gislason620")).isEqualTo("Dr. Lorenzo Gislason");
        assertThat(DemoNames.trimmed("O'Keefe")).isEqualTo("O'Keefe");
    }

    @Test
    void demoPatientsHaveActiveChronicConditionsMedicinesAndRecentVitals() {
        Long withEverything = jdbc.sql("""
                select count(*) from patient p
                 where p.id in (select patient_id from audit_event where username = 'demo-data' and action = 'IMPORT')
                   and (select count(*) from condition c where c.patient_id = p.id and c.clinical_status = 'active') >= 2
                   and exists (select 1 from medication m where m.patient_id = p.id and m.rxnorm_code is not null)
                   and exists (select 1 from observation o where o.patient_id = p.id and o.code = '85354-9'
                                 and o.effective_at > timestamp '2023-11-23')""").query(Long.class).single();
        assertThat(withEverything).isGreaterThanOrEqualTo(70);
    }
}
