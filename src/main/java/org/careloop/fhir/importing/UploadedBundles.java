package org.careloop.fhir.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import org.careloop.audit.AuditChannel;
import org.springframework.stereotype.Service;

/**
 * Bundle files an administrator uploads on the import page ({@code .json} or {@code .json.gz}), imported one at a
 * time through the same {@link BundleImporter} as the FHIR endpoint and the command line. A file that fails stores
 * nothing and says which entry was at fault; the other files are not affected.
 */
@Service
public class UploadedBundles {

    /** What one file did: patients, resources kept and not kept by type, or why nothing was stored. */
    public record FileResult(String file, int patients, Map<String, Integer> kept, Map<String, Integer> notKept,
                             String failure) {

        public boolean failed() {
            return failure != null;
        }

        public int keptTotal() {
            return kept.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int notKeptTotal() {
            return notKept.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final BundleImporter importer;

    UploadedBundles(BundleImporter importer) {
        this.importer = importer;
    }

    /** Imports one uploaded file into a practice; new patients get no care manager yet. */
    public FileResult importFile(String fileName, InputStream content, UUID practiceId) {
        String name = fileName == null || fileName.isBlank() ? "bundle.json" : fileName;
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(new BufferedInputStream(content, 1 << 16), 1 << 16)
                : new BufferedInputStream(content, 1 << 16)) {
            ImportOutcome outcome = importer.importBundle(in, new ImportDestination(practiceId, null, AuditChannel.UI, null));
            return new FileResult(name, outcome.patients().size(), outcome.keptByType(), outcome.notKeptByType(), null);
        } catch (BaseServerResponseException | UncheckedIOException rejected) {
            return failed(name, rejected.getMessage());
        } catch (IOException unreadable) {
            return failed(name, "The file could not be read as " + (name.endsWith(".gz") ? "gzip-compressed " : "")
                    + "JSON: " + unreadable.getMessage());
        }
    }

    /** Directory bundles first: the patients' bundles point at the clinicians and organizations they hold. */
    public static List<String> inImportOrder(List<String> names) {
        return names.stream().sorted(java.util.Comparator.comparing((String n) -> !directory(n))).toList();
    }

    public static boolean directory(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("directory") || lower.contains("practitionerinformation") || lower.contains("hospitalinformation");
    }

    private static FileResult failed(String name, String reason) {
        return new FileResult(name, 0, Map.of(), Map.of(), reason);
    }
}
