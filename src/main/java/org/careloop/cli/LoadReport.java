package org.careloop.cli;

import java.io.PrintStream;
import java.util.Map;

import org.careloop.fhir.importing.BulkLoad;

/** What the command line shows: a progress bar while loading and a summary after. */
final class LoadReport {

    private LoadReport() {
    }

    static void progress(PrintStream out, BulkLoad.Totals totals, int expected) {
        int width = 30;
        int done = expected <= 0 ? width : (int) Math.min(width, (long) totals.bundles() * width / expected);
        out.printf("\r[%s%s] %d/%s bundles, %,d patients, %,d resources kept, %,.0f/s   ",
                "#".repeat(done), " ".repeat(width - done), totals.bundles(), expected <= 0 ? "?" : expected,
                totals.patients(), totals.keptResources(), totals.keptResources() / Math.max(totals.seconds(), 1e-3));
        out.flush();
    }

    static void summary(PrintStream out, BulkLoad.Totals totals) {
        out.printf("%nProcessed %d bundles (%,.1f MB of JSON) in %.1f s: %,d patients, %,d resources kept, %,d not kept.%n",
                totals.bundles(), totals.bytes() / 1e6, totals.seconds(), totals.patients(), totals.keptResources(),
                totals.notKeptResources());
        table(out, "Kept", totals.kept());
        table(out, "Not kept", totals.notKept());
        if (!totals.failed().isEmpty()) {
            out.printf("Failed bundles (%d), nothing stored from them:%n", totals.failed().size());
            totals.failed().forEach(f -> out.printf("  %s: %s%n", f.bundle(), f.reason()));
        }
    }

    private static void table(PrintStream out, String title, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.println(title + ":");
        counts.forEach((type, n) -> out.printf("  %-26s %,10d%n", type, n));
    }
}
