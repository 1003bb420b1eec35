package org.careloop.database;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail's next partitions are added every night by the scheduler, once across instances. */
@SpringBootTest
class AuditPartitionsNightlyTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theNightlyRunIsScheduledAt0317InTheOrganizationsZone() {
        OffsetDateTime next = jdbc.sql("select execution_time from scheduled_tasks where task_name = ?")
                .param(AuditPartitions.JOB).query(OffsetDateTime.class).single();
        assertThat(next.atZoneSameInstant(clock.getZone()).toLocalTime()).isEqualTo(LocalTime.of(3, 17));
        assertThat(next).isAfter(OffsetDateTime.now(clock)).isBefore(OffsetDateTime.now(clock).plusDays(1).plusMinutes(1));
    }

    @Test
    void theApplicationRoleMayKeepTheSchedulersTable() {
        assertThat(jdbc.sql("""
                select has_table_privilege(current_user, 'scheduled_tasks', 'SELECT, INSERT, UPDATE, DELETE')""")
                .query(Boolean.class).single()).isTrue();
    }
}
