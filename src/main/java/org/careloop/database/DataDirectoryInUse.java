package org.careloop.database;

import java.nio.file.Path;

/** Another CareLoop already runs on this data directory. */
public final class DataDirectoryInUse extends RuntimeException {

    DataDirectoryInUse(Path dataDirectory) {
        super("Another CareLoop is already running on the data directory " + dataDirectory.toAbsolutePath()
                + "; stop it first, or give this one its own CARELOOP_DATA_DIR.");
    }
}
