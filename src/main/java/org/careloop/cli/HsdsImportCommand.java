package org.careloop.cli;

import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.careloop.CommandLineTool;
import org.careloop.community.DirectoryPackages;
import org.careloop.community.HsdsImportResult;
import org.careloop.identity.Practice;
import org.careloop.identity.Practices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar careloop.jar hsds-import PATH --practice NAME}: imports an Open Referral HSDS package (a folder of
 * CSV files, or a zip) into the named practice's community directory, all or nothing. Prints every problem by file,
 * row and column and exits 1 when the package is refused; 2 on a usage error.
 */
@Component
class HsdsImportCommand implements CommandLineTool {

    private final DirectoryPackages packages;
    private final Practices practices;
    private final PrintStream out;
    private final PrintStream err;

    @Autowired
    HsdsImportCommand(DirectoryPackages packages, Practices practices) {
        this(packages, practices, System.out, System.err);
    }

    HsdsImportCommand(DirectoryPackages packages, Practices practices, PrintStream out, PrintStream err) {
        this.packages = packages;
        this.practices = practices;
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "hsds-import";
    }

    @Override
    public int run(String... arguments) {
        if (arguments.length != 3 || !arguments[1].equals("--practice")) {
            err.println("Usage: hsds-import PATH --practice NAME   (a folder of HSDS CSV files, or a zip of them)");
            return 2;
        }
        Path path = Path.of(arguments[0]);
        Optional<Practice> practice = practices.findByName(arguments[2]);
        if (practice.isEmpty() || !Files.exists(path)) {
            err.println(practice.isEmpty() ? "No practice named " + arguments[2] + "; practices: "
                    + practices.all().stream().map(Practice::name).toList() : "No file or folder " + path.toAbsolutePath());
            return 2;
        }
        HsdsImportResult result;
        try {
            result = packages.importPath(practice.get().id(), path);
        } catch (UncheckedIOException e) {
            err.println(e.getMessage() + ": " + e.getCause().getMessage());
            return 2;
        }
        if (!result.imported()) {
            result.problems().forEach(problem -> err.println(problem));
            err.println("Nothing imported: " + result.problems().size() + " problem(s)");
            return 1;
        }
        out.println("Imported into " + practice.get().name() + ": " + result.organizations() + " organizations, "
                + result.services() + " services, " + result.locations() + " locations (" + result.created() + " new, "
                + result.updated() + " updated)");
        result.notes().forEach(note -> out.println("  note: " + note));
        return 0;
    }
}
