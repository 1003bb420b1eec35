package org.careloop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.careloop.CareLoopApplication;
import org.careloop.CommandLineTool;
import org.careloop.adt.BareParse;
import org.careloop.adt.FeedListener;
import org.careloop.adt.FeedSourceDetails;
import org.careloop.adt.FeedSources;
import org.careloop.adt.MllpClient;
import org.careloop.identity.ActingStaff;
import org.careloop.identity.Practices;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar careloop.jar benchmark-adt [MESSAGES]}: starts CareLoop with the demo patients and its HL7 listener
 * on a free port, on a fresh throw-away PostgreSQL (or SPRING_DATASOURCE_URL's database), registers a hospital to the
 * demo practice Riverside, and sends MESSAGES ADT messages (admissions, updates, discharges with diagnoses, ED visits,
 * one in twenty for nobody the practice knows) over one MLLP connection, waiting for each ACK, as a hospital's
 * interface engine does. It reports messages per second stored, matched and reported, beside HAPI's bare parse of the
 * same messages, and the ratio between the two; and, as the floor no ACK can beat, how many single-row commits the
 * database makes per second.
 */
@Component
class AdtBenchmarkCommand implements CommandLineTool {

    private static final DateTimeFormatter DTM = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final String[] EVENTS = {"A01", "A08", "A03", "A04", "A01", "A08", "A03", "A08", "A03", "A04"};
    private static final int WARM_UP = 2_000;
    private static final double TARGET = 500;

    @Override
    public String name() {
        return "benchmark-adt";
    }

    @Override
    public int run(String... arguments) {
        int count = arguments.length >= 1 ? Integer.parseInt(arguments[0]) : 5_000;
        String externalUrl = System.getenv("SPRING_DATASOURCE_URL");
        try (EmbeddedPostgres postgres = externalUrl == null ? MonthBenchmarkCommand.freshPostgres() : null;
             ConfigurableApplicationContext context = start(postgres == null ? externalUrl
                     : postgres.getJdbcUrl("postgres", "postgres"))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            UUID riverside = context.getBean(Practices.class).open("Riverside Family Medicine").id();
            String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            context.getBean(ActingStaff.class).run("admin", () -> context.getBean(FeedSources.class).register(
                    new FeedSourceDetails(riverside, "Benchmark General", "BENCH_ADT", "BENCH" + tag, "BENCH", null,
                            null)));
            List<Map<String, Object>> patients = jdbc.sql("""
                    select mrn, family_name, given_names, birth_date from patient
                     where practice_id = ? and status = 'ACTIVE' order by mrn""").param(riverside).query().listOfRows();
            int port = context.getBean(FeedListener.class).port().orElseThrow(() ->
                    new IllegalStateException("The HL7 listener did not start"));
            List<String> warmUp = messages(tag + "W", WARM_UP, patients);
            List<String> measured = messages(tag, count, patients);
            try (MllpClient client = MllpClient.connect("127.0.0.1", port)) {
                send(client, warmUp);
                long started = System.nanoTime();
                Map<String, Integer> answers = send(client, measured);
                double seconds = (System.nanoTime() - started) / 1e9;
                double rate = count / seconds;
                long matched = jdbc.sql("select count(*) from adt_message where control_id like ? and status = 'MATCHED'")
                        .param("BENCH-" + tag + "-%").query(Long.class).single();
                double bare = BareParse.messagesPerSecond(measured, 3);
                System.out.printf("Sent %,d ADT messages over one MLLP connection, waiting for each ACK: %.1f s,"
                        + " %,.0f messages/s (answers %s; %,d matched and reported)%n", count, seconds, rate, answers,
                        matched);
                System.out.printf("Bare HAPI parse of the same messages: %,.0f messages/s; MLLP ingestion runs at %.1f %%"
                        + " of it (ratio 1 : %.1f)%n", bare, 100 * rate / bare, bare / rate);
                double floor = durableWritesPerSecond(context.getBean(DataSource.class), measured.get(0));
                System.out.printf("Floor: one message row inserted and committed alone (durably, as an ACK promises)"
                        + " runs at %,.0f per second on this database; MLLP ingestion runs at %.0f %% of it%n",
                        floor, 100 * rate / floor);
                System.out.printf("Target: %,.0f messages/s over MLLP with ACKs: %s%n", TARGET,
                        rate >= TARGET ? "met" : "MISSED");
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> send(MllpClient client, List<String> messages) {
        Map<String, Integer> answers = new TreeMap<>();
        for (String message : messages) {
            answers.merge(client.send(message).code(), 1, Integer::sum);
        }
        return answers;
    }

    /** Real-shaped messages: MRN and SSN in PID-3, a Z-segment, diagnoses on discharges; 1 in 20 for a stranger. */
    private static List<String> messages(String tag, int count, List<Map<String, Object>> patients) {
        List<String> messages = new ArrayList<>(count);
        LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
        for (int n = 0; n < count; n++) {
            Map<String, Object> patient = patients.get(n % patients.size());
            boolean stranger = n % 20 == 19;
            String event = EVENTS[n % EVENTS.length];
            LocalDateTime admitted = now.minusDays(3).minusMinutes(n % 600);
            String pid = stranger ? "PID|1||X" + n + "^^^BENCH^MR||Nobody^Known||19500101|F"
                    : "PID|1||" + patient.get("mrn") + "^^^BENCH^MR~999-00-" + String.format("%04d", n % 10_000)
                    + "^^^SSA^SS||" + patient.get("family_name") + "^" + patient.get("given_names") + "||"
                    + patient.get("birth_date").toString().replace("-", "") + "|U|||1 Main St^^Springfield^IL^62701";
            String patientClass = event.equals("A04") ? "E" : "I";
            String discharged = event.equals("A03") ? DTM.format(now.minusHours(n % 48)) : "";
            StringBuilder message = new StringBuilder("MSH|^~\\&|BENCH_ADT|BENCH").append(tag.substring(0, 6))
                    .append("|CARELOOP|RIVERSIDE|").append(DTM.format(now)).append("||ADT^").append(event)
                    .append("|BENCH-").append(tag).append('-').append(n).append("|P|2.5.1\r")
                    .append("EVN|").append(event).append('|').append(DTM.format(now)).append('\r')
                    .append(pid).append('\r')
                    .append(fields("PV1", Map.of(1, "1", 2, patientClass, 3, "5E^510^A^BENCH", 19, "V" + n,
                            36, event.equals("A03") ? "01" : "", 44, DTM.format(admitted), 45, discharged)))
                    .append('\r')
                    .append("ZPV|").append(n).append("|benchmark\r");
            if (event.equals("A03") || event.equals("A01")) {
                message.append("DG1|1||I50.9^Heart failure, unspecified^I10\r")
                        .append("DG1|2||E11.9^Type 2 diabetes mellitus without complications^I10\r");
            }
            messages.add(message.toString());
        }
        return messages;
    }

    /**
     * How many single-row transactions the database commits per second, each waiting for its write-ahead log to reach
     * the disk: no ACK can come sooner, since AA promises the message is kept.
     */
    private static double durableWritesPerSecond(DataSource dataSource, String message) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement create = connection.createStatement()) {
                create.execute("create table adt_benchmark_floor (id bigint primary key, raw text not null)");
            }
            connection.setAutoCommit(false);
            int rows = 500;
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into adt_benchmark_floor (id, raw) values (?, ?)")) {
                for (int row = 0; row < rows; row++) {
                    insert.setLong(1, row);
                    insert.setString(2, message);
                    insert.executeUpdate();
                    connection.commit();
                }
            }
            double perSecond = rows / ((System.nanoTime() - started) / 1e9);
            connection.setAutoCommit(true);
            try (Statement drop = connection.createStatement()) {
                drop.execute("drop table adt_benchmark_floor");
            }
            return perSecond;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not measure the commit floor", e);
        }
    }

    /** A segment with the given fields filled and the ones between left empty. */
    private static String fields(String segment, Map<Integer, String> values) {
        StringBuilder text = new StringBuilder(segment);
        int last = values.keySet().stream().max(Integer::compare).orElse(0);
        for (int field = 1; field <= last; field++) {
            text.append('|').append(values.getOrDefault(field, ""));
        }
        return text.toString();
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(CareLoopApplication.class).web(WebApplicationType.NONE)
                .properties(Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
                        "careloop.demo", "true", "careloop.demo-month", "false", "careloop.adt.mllp.enabled", "true",
                        "careloop.adt.mllp.port", "0", "spring.main.banner-mode", "off", "logging.level.root", "WARN",
                        "careloop.command-line", "true"))
                .run();
    }
}
