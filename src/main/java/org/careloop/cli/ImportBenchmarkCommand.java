package org.careloop.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.careloop.CareLoopApplication;
import org.careloop.CommandLineTool;
import org.careloop.audit.AuditChannel;
import org.careloop.fhir.importing.BulkLoad;
import org.careloop.fhir.importing.BundleImporter;
import org.careloop.fhir.importing.ImportDestination;
import org.careloop.fhir.importing.SyntheticBundles;
import org.careloop.identity.Practices;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar careloop.jar benchmark-import [PATH | --generate N]}: loads bundles (default: the shared
 * Synthea fixtures) through the import path into a fresh throw-away PostgreSQL (or SPRING_DATASOURCE_URL's
 * database when set) and prints throughput and peak heap.
 */
@Component
class ImportBenchmarkCommand implements CommandLineTool {

    static final String DEFAULT_PATH = "../shared/fixtures/synthea";
    private static final long SEED = 20261123L;

    private final PrintStream out = System.out;

    @Override
    public String name() {
        return "benchmark-import";
    }

    @Override
    public int run(String... arguments) {
        Integer generate = arguments.length == 2 && arguments[0].equals("--generate") ? Integer.valueOf(arguments[1]) : null;
        String path = generate == null && arguments.length == 1 ? arguments[0] : DEFAULT_PATH;
        if (arguments.length > 0 && generate == null && arguments.length != 1) {
            System.err.println("Usage: benchmark-import [PATH | --generate N]");
            return 2;
        }
        List<Path> files;
        try {
            files = generate == null ? BulkLoad.bundleFiles(List.of(path)) : List.of();
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage() + " (the default is " + DEFAULT_PATH + ", relative to the project folder)");
            return 2;
        }
        String externalUrl = System.getenv("SPRING_DATASOURCE_URL");
        try (EmbeddedPostgres postgres = externalUrl == null ? freshPostgres() : null;
             ConfigurableApplicationContext context = start(postgres == null ? externalUrl
                     : postgres.getJdbcUrl("postgres", "postgres"))) {
            BundleImporter importer = context.getBean(BundleImporter.class);
            var practice = context.getBean(Practices.class).open("Benchmark Practice");
            ImportDestination destination = new ImportDestination(practice.id(), null, AuditChannel.COMMAND_LINE,
                    ImportCommand.ACTOR);
            Iterator<BulkLoad.Source> sources = generate == null ? files.stream().map(BulkLoad.Source::of).iterator()
                    : new SyntheticBundles(SEED, generate);
            int expected = generate == null ? files.size() : generate;
            out.println("Benchmark: " + (generate == null ? expected + " bundles from " + Path.of(path).toAbsolutePath().normalize()
                    : generate + " generated patients (seed " + SEED + ")") + " into "
                    + (postgres == null ? externalUrl : "a fresh embedded PostgreSQL"));
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long cpuBefore = processCpuNanos();
            AtomicLong peakSampled = new AtomicLong();
            BulkLoad.Totals totals = BulkLoad.run(importer, sources, destination, progress -> {
                peakSampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                LoadReport.progress(System.err, progress, expected);
            });
            System.err.println();
            LoadReport.summary(out, totals);
            long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            out.printf("%nThroughput: %,.0f kept resources/s, %,.1f patients/s, %,.1f MB/s of JSON (%.1f s)%n",
                    totals.keptResources() / totals.seconds(), totals.patients() / totals.seconds(),
                    totals.bytes() / 1e6 / totals.seconds(), totals.seconds());
            double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            out.printf("CPU: %.1f s in CareLoop's JVM (%,.0f kept resources per CPU second; PostgreSQL not counted); "
                            + "system load average %.1f before, %.1f after, on %d cores%n", cpuSeconds,
                    totals.keptResources() / Math.max(cpuSeconds, 1e-3), loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            out.printf("Peak heap: %,d MB used (sampled after each bundle); %,d MB sum of heap pool peaks; max heap %,d MB%n",
                    peakSampled.get() >> 20, poolPeaks >> 20, Runtime.getRuntime().maxMemory() >> 20);
            return totals.failed().isEmpty() ? 0 : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static EmbeddedPostgres freshPostgres() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("careloop-benchmark-pg"))
                .setCleanDataDirectory(true).start();
    }

    /** A second CareLoop, without web server or demo data, on the benchmark's own database. */
    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(CareLoopApplication.class).web(WebApplicationType.NONE)
                .properties(Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
                        "careloop.demo", "false", "spring.main.banner-mode", "off", "logging.level.root", "WARN"))
                .run();
    }
}
