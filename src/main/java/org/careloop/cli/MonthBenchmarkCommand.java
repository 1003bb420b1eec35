package org.careloop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.careloop.CareLoopApplication;
import org.careloop.CommandLineTool;
import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditChannels;
import org.careloop.billing.BillingMonthStatement;
import org.careloop.billing.BillingMonths;
import org.careloop.identity.Caller;
import org.careloop.identity.Role;
import org.careloop.identity.StaffMember;
import org.careloop.worklist.Worklist;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar careloop.jar benchmark-month [PATIENTS ENTRIES]}: generates a practice of 20,000 enrolled
 * patients with 300,000 time entries in a fresh throw-away PostgreSQL (or SPRING_DATASOURCE_URL's database), then
 * times the billing month close against one plain SQL aggregate over the same entries (the floor), and the
 * worklist of a care manager with 400 patients.
 */
@Component
class MonthBenchmarkCommand implements CommandLineTool {

    @Override
    public String name() {
        return "benchmark-month";
    }

    @Override
    public int run(String... arguments) {
        return AuditChannels.within(AuditChannel.COMMAND_LINE, null, () -> measure(arguments));
    }

    private int measure(String... arguments) {
        int patients = arguments.length >= 1 ? Integer.parseInt(arguments[0]) : 20_000;
        int entries = arguments.length >= 2 ? Integer.parseInt(arguments[1]) : 300_000;
        String externalUrl = System.getenv("SPRING_DATASOURCE_URL");
        try (EmbeddedPostgres postgres = externalUrl == null ? freshPostgres() : null;
             ConfigurableApplicationContext context = start(postgres == null ? externalUrl : postgres.getJdbcUrl("postgres", "postgres"))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            YearMonth month = YearMonth.now(context.getBean(Clock.class));
            System.out.printf("Generating %,d enrolled patients and %,d time entries for %s ...%n", patients, entries, month);
            long generating = System.nanoTime();
            PracticeAtScale practice = PracticeAtScale.generate(jdbc, month, patients, entries, 400);
            System.out.printf("  generated in %.1f s%n", seconds(generating));
            signInAs(context, practice);

            List<Double> floor = times(5, () -> jdbc.sql("""
                    select patient_id, program, performer, sum(minutes) from time_entry
                     where practice_id = ? and service_date between ? and ? and not withdrawn
                     group by patient_id, program, performer""")
                    .params(practice.practiceId(), month.atDay(1), month.atEndOfMonth()).query().listOfRows().size());
            BillingMonths months = context.getBean(BillingMonths.class);
            List<Double> closes = new ArrayList<>();
            BillingMonthStatement statement = null;
            for (int run = 0; run < 3; run++) {
                if (run > 0) {
                    months.reopen(practice.practiceId(), month, "benchmark run " + run);
                }
                long start = System.nanoTime();
                statement = months.close(practice.practiceId(), month);
                closes.add(seconds(start) * 1000);
            }
            Worklist worklist = context.getBean(Worklist.class);
            Caller careManager = new Caller(practice.busiestCareManagerId(), "bench-care-manager", Set.of(Role.CARE_MANAGER),
                    Set.of(practice.practiceId()));
            int panel = worklist.forCareManager(careManager).size();
            times(5, () -> worklist.forCareManager(careManager).size());
            List<Double> worklistTimes = times(31, () -> worklist.forCareManager(careManager).size());

            double closeMedian = median(closes);
            double floorMedian = median(floor);
            System.out.printf("%nMonth close, %,d patients, %,d entries -> %,d lines, %,d refusals; units %s%n",
                    statement.patients(), entries, statement.lines().size(), statement.notBillable().size(), statement.unitsByCode());
            System.out.printf("  close:           median %,.0f ms (runs %s)%n", closeMedian, rounded(closes));
            System.out.printf("  SQL aggregate:   median %,.0f ms (runs %s)  <- the floor%n", floorMedian, rounded(floor));
            System.out.printf("  ratio:           %.1f x the floor%n", closeMedian / floorMedian);
            System.out.printf("Worklist, care manager with %d patients in a database of %,d:%n", panel, patients);
            System.out.printf("  median %.1f ms, p90 %.1f ms over %d runs%n", median(worklistTimes),
                    percentile(worklistTimes, 0.9), worklistTimes.size());
            System.out.printf("Targets: close < 10,000 ms: %s; worklist median < 100 ms: %s%n",
                    closeMedian < 10_000 ? "met" : "MISSED", median(worklistTimes) < 100 ? "met" : "MISSED");
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void signInAs(ConfigurableApplicationContext context, PracticeAtScale practice) {
        StaffMember admin = new StaffMember(practice.adminId(), "bench-admin", "Benchmark administrator", "", null, true,
                Set.of(Role.ADMIN, Role.BILLER), Set.of(practice.practiceId()));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    static List<Double> times(int runs, Supplier<Integer> work) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double fraction) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(fraction * sorted.size())));
    }

    static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format("%,.0f", v)).toList().toString();
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static EmbeddedPostgres freshPostgres() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("careloop-bench-pg"))
                .setCleanDataDirectory(true).setServerConfig("shared_buffers", "256MB").start();
    }

    static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(CareLoopApplication.class).web(WebApplicationType.NONE)
                .properties(Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
                        "careloop.demo", "false", "spring.main.banner-mode", "off", "logging.level.root", "WARN",
                        "careloop.command-line", "true"))
                .run();
    }
}
