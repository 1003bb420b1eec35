package org.careloop.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.careloop.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail's append-only rule is a privilege of the application's own connection, not only a trigger. */
@SpringBootTest
class AuditTrailPrivilegeTests {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {
            "update audit_event set username = 'someone else'",
            "delete from audit_event",
            "truncate audit_event",
            "alter table audit_event disable trigger audit_event_no_rewrite",
            "drop trigger audit_event_no_rewrite on audit_event",
            "alter table audit_event detach partition audit_event_default",
            "delete from audit_event_default",
            "select * from audit_event_default"})
    void theApplicationsConnectionCannotRewriteOrUnprotectTheTrail(String sql) {
        assertThatThrownBy(() -> jdbc.sql(sql).update())
                .rootCause().hasMessageMatching("(?s).*(permission denied|must be owner).*");
    }

    @Test
    void theApplicationRunsAsARoleWithoutSuperuserRights() {
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(TestDatabase.APPLICATION_ROLE);
    }

    @Test
    void evenTheOwnerMeetsTheTriggerOnEveryPartition() throws SQLException {
        jdbc.sql("insert into audit_event (action, outcome, detail) values ('READ', 'SUCCESS', 'owner test')").update();
        try (Connection owner = DriverManager.getConnection(TestDatabase.url());
             Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.execute("update audit_event set username = 'x' where detail = 'owner test'"))
                    .hasMessageContaining("append-only");
            String partition = "audit_event_" + OffsetDateTime.now(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7).replace('-', '_');
            assertThatThrownBy(() -> statement.execute("truncate " + partition)).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("delete from " + partition)).hasMessageContaining("append-only");
        }
    }

    @Test
    void theTrailIsPartitionedByMonthWithPartitionsAhead() {
        assertThat(jdbc.sql("select relkind::text from pg_class where relname = 'audit_event'").query(String.class).single())
                .isEqualTo("p");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> months = List.of(0, 1, 2, 3).stream()
                .map(ahead -> "audit_event_" + now.plusMonths(ahead).toLocalDate().toString().substring(0, 7).replace('-', '_'))
                .toList();
        assertThat(jdbc.sql("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                 where i.inhparent = 'audit_event'::regclass""").query(String.class).list())
                .contains("audit_event_default").containsAll(months);
    }

    @Test
    void anEventOfAMonthWithoutPartitionIsKeptInTheDefaultOne() throws SQLException {
        jdbc.sql("insert into audit_event (occurred_at, action, outcome, detail) values (?, 'READ', 'SUCCESS', 'far future')")
                .param(OffsetDateTime.of(2099, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)).update();
        assertThat(jdbc.sql("select count(*) from audit_event where detail = 'far future'").query(Long.class).single()).isOne();
        try (Connection owner = DriverManager.getConnection(TestDatabase.url());
             Statement statement = owner.createStatement();
             var rows = statement.executeQuery("select count(*) from audit_event_default where detail = 'far future'")) {
            rows.next();
            assertThat(rows.getLong(1)).isOne();
        }
    }

    @Test
    void everyPartitionIsIndexedByPatientAndByUser() {
        String month = "audit_event_" + OffsetDateTime.now(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7).replace('-', '_');
        assertThat(jdbc.sql("select indexdef from pg_indexes where tablename = ?").param(month).query(String.class).list())
                .anyMatch(index -> index.contains("(patient_id, occurred_at DESC)"))
                .anyMatch(index -> index.contains("(username, occurred_at DESC)"));
    }
}
