package org.careloop.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After every migration, the schema owner (Flyway's user) grants the role CareLoop's requests run as exactly what
 * they need: reading and writing the business tables, and on {@code audit_event} only INSERT and SELECT. Not owning
 * the audit table, the application can neither update, delete nor truncate events, nor disable the trigger that
 * also refuses it; HIPAA's tamper-evident trail is then a privilege, not only a trigger. Nothing is granted on the
 * migration history or on the audit table's monthly partitions.
 *
 * <p>When both users are the same (an external server configured with one user), there is nothing to grant and
 * the protection rests on the trigger alone: CareLoop says so in its log.
 */
@Component
class ApplicationRoleGrants implements Callback {

    private static final Logger log = LoggerFactory.getLogger(ApplicationRoleGrants.class);

    private final DataSource application;

    ApplicationRoleGrants(DataSource application) {
        this.application = application;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "careloop-application-role-grants";
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            String owner = single(context.getConnection(), "select current_user");
            String role = applicationRole();
            if (role.equals(owner)) {
                log.warn("CareLoop's requests run as {}, the owner of the schema: the audit trail is then protected by a"
                        + " trigger its owner could disable. Give spring.flyway.user a separate owner role (README,"
                        + " Security posture).", role);
                return;
            }
            grant(context.getConnection(), quoted(role), context.getConfiguration().getTable());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application role its privileges", e);
        }
    }

    private String applicationRole() throws SQLException {
        try (Connection connection = application.getConnection()) {
            if ("true".equals(single(connection, "select rolsuper::text from pg_roles where rolname = current_user"))) {
                log.warn("CareLoop's requests run as a PostgreSQL superuser, which can lift every protection; use a"
                        + " role without superuser rights (README, Security posture).");
            }
            return single(connection, "select current_user");
        }
    }

    private static void grant(Connection connection, String role, String historyTable) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select quote_ident(c.relname) from pg_class c
                      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p', 'v')
                        and not c.relispartition and c.relname <> 'audit_event'""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("grant usage on schema " + single(connection, "select quote_ident(current_schema())")
                    + " to " + role);
            for (String table : tables) {
                if (!table.equals(historyTable)) {
                    statement.execute("grant select, insert, update, delete on " + table + " to " + role);
                }
            }
            statement.execute("revoke all on audit_event from " + role);
            statement.execute("grant select, insert on audit_event to " + role);
            statement.execute("grant usage, select on all sequences in schema "
                    + single(connection, "select quote_ident(current_schema())") + " to " + role);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
