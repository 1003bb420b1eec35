package org.careloop.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.careloop.CommandLineTool;
import org.springframework.stereotype.Component;

/** {@code java -jar careloop.jar audit-export --month 2026-11 [--out FILE]}: a month of the trail as CSV. */
@Component
class AuditExportCommand implements CommandLineTool {

    private final AuditExport export;

    AuditExportCommand(AuditExport export) {
        this.export = export;
    }

    @Override
    public String name() {
        return "audit-export";
    }

    @Override
    public int run(String... arguments) {
        List<String> args = List.of(arguments);
        int month = args.indexOf("--month");
        int out = args.indexOf("--out");
        if (month < 0 || month + 1 >= args.size() || (out >= 0 && out + 1 >= args.size())) {
            System.err.println("Usage: java -jar careloop.jar audit-export --month YYYY-MM [--out FILE]");
            return 2;
        }
        try {
            YearMonth which = YearMonth.parse(args.get(month + 1));
            if (out < 0) {
                Writer stdout = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                export.month(which, stdout);
                stdout.flush();
            } else {
                try (Writer file = Files.newBufferedWriter(Path.of(args.get(out + 1)))) {
                    System.err.println(export.month(which, file) + " audit events of " + which + " written to " + args.get(out + 1));
                }
            }
            return 0;
        } catch (DateTimeParseException e) {
            System.err.println("The month must look like 2026-11, not " + args.get(month + 1));
            return 2;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
