package org.careloop;

import java.util.Set;

/**
 * A command CareLoop's jar runs instead of the web server ({@code java -jar careloop.jar NAME ARGS...}).
 * Returns the process exit status.
 */
public interface CommandLineTool {

    Set<String> NAMES = Set.of("import", "create-admin", "benchmark-import", "benchmark-month", "benchmark-auth",
            "benchmark-caregaps", "benchmark-devices", "audit-export", "hsds-import", "benchmark-adt");

    static boolean isCommand(String argument) {
        return NAMES.contains(argument);
    }

    String name();

    int run(String... arguments);
}
