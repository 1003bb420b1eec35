package org.careloop.demo;

import java.util.List;
import java.util.UUID;

import org.careloop.adt.ReportedEncounters;
import org.careloop.identity.Practices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With its MLLP listener on, the demo's start sends its own port what Mercy General would: an admission and a
 * discharge matched by the hospital's MRN, an ED visit matched by name and birth date, and an admission of someone
 * who is not Riverside's patient, which waits for a person. Announcing again changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"careloop.adt.mllp.enabled=true", "careloop.adt.mllp.port=0"})
@Import(ReportedEncounters.class)
class DemoAdtFeedTests {

    @Autowired
    DemoAdtFeed feed;

    @Autowired
    Practices practices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoFeedIsVisiblyAliveAndAnnouncingAgainChangesNothing() {
        UUID riverside = practices.open(DemoData.RIVERSIDE).id();
        feed.announce(riverside);
        List<String> first = messages(riverside);
        feed.announce(riverside);

        assertThat(first).containsExactly("DEMO-0001 ADMITTED MATCHED MRN", "DEMO-0002 DISCHARGED MATCHED MRN",
                "DEMO-0003 EMERGENCY_REGISTRATION MATCHED NAME_AND_BIRTH_DATE", "DEMO-0004 ADMITTED UNMATCHED -");
        assertThat(messages(riverside)).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from adt_unmatched_item i join adt_message m on m.id = i.message_id"
                + " where m.control_id = 'DEMO-0004' and i.status = 'OPEN'").query(Long.class).single()).isEqualTo(1);
    }

    private List<String> messages(UUID practice) {
        return jdbc.sql("""
                select control_id || ' ' || notice || ' ' || status || ' ' || coalesce(matched_by, '-')
                  from adt_message where practice_id = ? and sending_application = 'MERCY_ADT' order by control_id""")
                .param(practice).query(String.class).list();
    }
}
