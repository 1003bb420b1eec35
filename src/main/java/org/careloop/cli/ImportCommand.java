package org.careloop.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.careloop.CommandLineTool;
import org.careloop.audit.AuditChannel;
import org.careloop.fhir.importing.BulkLoad;
import org.careloop.fhir.importing.BundleImporter;
import org.careloop.fhir.importing.ImportDestination;
import org.careloop.identity.Practice;
import org.careloop.identity.Practices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar careloop.jar import PATH... [--practice NAME]}: loads FHIR bundles from files or folders
 * ({@code .json}, {@code .json.gz}) into a practice, directory bundles (hospitals, practitioners) first.
 * Exits 1 when any bundle failed, 2 on a usage error.
 */
@Component
class ImportCommand implements CommandLineTool {

    static final String ACTOR = "command-line";

    private final BundleImporter importer;
    private final Practices practices;
    private final PrintStream out;
    private final PrintStream err;

    @Autowired
    ImportCommand(BundleImporter importer, Practices practices) {
        this(importer, practices, System.out, System.err);
    }

    ImportCommand(BundleImporter importer, Practices practices, PrintStream out, PrintStream err) {
        this.importer = importer;
        this.practices = practices;
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public int run(String... arguments) {
        List<String> paths = new ArrayList<>();
        String practiceName = null;
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].equals("--practice") && i + 1 < arguments.length) {
                practiceName = arguments[++i];
            } else {
                paths.add(arguments[i]);
            }
        }
        if (paths.isEmpty()) {
            err.println("Usage: import PATH... [--practice NAME]   (files or folders of .json / .json.gz bundles)");
            return 2;
        }
        Practice practice;
        if (practiceName != null) {
            practice = practices.open(practiceName);
        } else if (practices.all().size() == 1) {
            practice = practices.all().get(0);
        } else {
            err.println("Say which practice the patients belong to with --practice NAME; practices: "
                    + practices.all().stream().map(Practice::name).toList());
            return 2;
        }
        List<Path> files;
        try {
            files = BulkLoad.bundleFiles(paths);
        } catch (UncheckedIOException e) {
            err.println(e.getMessage());
            return 2;
        }
        ImportDestination destination = new ImportDestination(practice.id(), null, AuditChannel.COMMAND_LINE, ACTOR);
        BulkLoad.Totals totals = BulkLoad.run(importer, files.stream().map(BulkLoad.Source::of).iterator(),
                destination, progress -> LoadReport.progress(err, progress, files.size()));
        err.println();
        out.println("Practice: " + practice.name());
        LoadReport.summary(out, totals);
        return totals.failed().isEmpty() ? 0 : 1;
    }
}
