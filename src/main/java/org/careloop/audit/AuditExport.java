package org.careloop.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.stereotype.Service;

/**
 * One month of the audit trail as CSV (PostgreSQL's {@code COPY}, streamed, so a month of millions of events needs
 * no memory): what a practice archives before detaching a partition past its retention (README, "Audit trail").
 * Months are UTC calendar months, as the partitions are.
 */
@Service
public class AuditExport {

    private final DataSource dataSource;

    AuditExport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the month's events, oldest first, with a header line; returns how many. */
    public long month(YearMonth month, Writer out) {
        String from = month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC).toString();
        String to = month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC).toString();
        try (Connection connection = dataSource.getConnection()) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                    copy (select * from audit_event where occurred_at >= '%s' and occurred_at < '%s' order by occurred_at, id)
                    to stdout with (format csv, header)""".formatted(from, to), out);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not export the audit trail of " + month, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
