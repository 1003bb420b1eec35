package org.careloop.community;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.NotFound;
import org.careloop.community.internal.HsdsContent;
import org.careloop.community.internal.HsdsPackageWriter;
import org.careloop.community.internal.HsdsReading;
import org.careloop.community.internal.HsdsStore;
import org.careloop.community.internal.HsdsTables;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A practice's directory in and out as Open Referral HSDS tabular packages (CSV files: organizations, services,
 * locations, addresses, service_at_location, phones, schedules, languages, service_areas, taxonomy_terms,
 * attributes; how CareLoop reads each is said in {@link HsdsReading}). A package is checked whole before anything is
 * stored, then written in one transaction: all of it or nothing. Organizations, services and locations are updated
 * by HSDS id; entries a package leaves out stay as they are (mark a service inactive to retire it). The export is
 * the same package, which imports back to the same directory.
 */
@Service
public class DirectoryPackages {

    private final HsdsStore store;
    private final Callers callers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DirectoryPackages(HsdsStore store, Callers callers, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.callers = callers;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** An administrator of the practice imports a zipped package. */
    public HsdsImportResult importZip(UUID practiceId, InputStream zip) {
        administering(practiceId);
        return importTables(practiceId, HsdsTables.fromZip(zip));
    }

    /** A package in a folder of CSV files or in a zip file, imported on the command line (no one signed in). */
    public HsdsImportResult importPath(UUID practiceId, Path path) {
        if (java.nio.file.Files.isDirectory(path)) {
            return importTables(practiceId, HsdsTables.fromFolder(path));
        }
        try (InputStream zip = java.nio.file.Files.newInputStream(path)) {
            return importTables(practiceId, HsdsTables.fromZip(zip));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read the HSDS package " + path, e);
        }
    }

    /** A package given as its CSV files' text by file name (the demo's, shipped inside CareLoop), no one signed in. */
    public HsdsImportResult importFiles(UUID practiceId, Map<String, String> files) {
        return importTables(practiceId, HsdsTables.fromFiles(files));
    }

    /** The practice's directory as a zipped package, for an administrator of the practice. */
    public byte[] exportZip(UUID practiceId) {
        administering(practiceId);
        return HsdsPackageWriter.zip(store.read(practiceId));
    }

    private HsdsImportResult importTables(UUID practiceId, HsdsTables tables) {
        return transaction.execute(status -> {
            HsdsReading.Result read = HsdsReading.read(tables, store.known(practiceId));
            if (!read.problems().isEmpty()) {
                return HsdsImportResult.refused(read.problems());
            }
            HsdsContent content = read.content();
            HsdsStore.Written written = store.write(practiceId, content, clock.instant());
            List<String> notes = new ArrayList<>(content.notes());
            return new HsdsImportResult(content.organizations().size(), content.services().size(),
                    content.locations().size(), written.created(), written.updated(), notes, List.of());
        });
    }

    private void administering(UUID practiceId) {
        Caller caller = callers.current();
        if (!caller.worksIn(practiceId)) {
            throw new NotFound("No practice " + practiceId);
        }
        if (!caller.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator imports and exports the community directory");
        }
    }
}
