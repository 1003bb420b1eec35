package org.careloop.fhir.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;

/**
 * Imports many bundles one after the other through {@link BundleImporter}: while one bundle is written to the
 * database, the next two are read and parsed on other threads. At most three bundles are in memory at once, so
 * memory stays flat however many bundles there are. A bundle that fails is reported and the load goes on.
 */
public final class BulkLoad {

    /** A bundle to import: a name for reports and a way to open its JSON. */
    public record Source(String name, Supplier<InputStream> open) {

        public static Source of(Path file) {
            return new Source(file.getFileName().toString(), () -> {
                try {
                    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                    return file.toString().endsWith(".gz") ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    public record Failure(String bundle, String reason) {
    }

    /** Running totals; {@code elapsedNanos} counts from the start of the load. */
    public record Totals(int bundles, int patients, long bytes, Map<String, Long> kept, Map<String, Long> notKept,
                  List<Failure> failed, long elapsedNanos) {

        public long keptResources() {
            return kept.values().stream().mapToLong(Long::longValue).sum();
        }

        public long notKeptResources() {
            return notKept.values().stream().mapToLong(Long::longValue).sum();
        }

        public double seconds() {
            return elapsedNanos / 1e9;
        }
    }

    /** Bundles read and parsed ahead of the one being written, each on its own thread. */
    private static final int READ_AHEAD = 2;

    private BulkLoad() {
    }

    public static Totals run(BundleImporter importer, Iterator<Source> sources, ImportDestination destination,
                      Consumer<Totals> progress) {
        long start = System.nanoTime();
        int bundles = 0;
        int patients = 0;
        long bytes = 0;
        Map<String, Long> kept = new TreeMap<>();
        Map<String, Long> notKept = new TreeMap<>();
        List<Failure> failed = new ArrayList<>();
        ExecutorService readAhead = Executors.newFixedThreadPool(READ_AHEAD, runnable -> {
            Thread thread = new Thread(runnable, "bundle-read-ahead");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Pending> window = new ArrayDeque<>();
        try {
            fill(window, sources, readAhead, importer);
            while (!window.isEmpty()) {
                Pending current = window.removeFirst();
                ReadBundle bundle = null;
                try {
                    bundle = current.reading().get();
                } catch (ExecutionException e) {
                    failed.add(new Failure(current.source().name(), reason(e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while importing " + current.source().name(), e);
                }
                fill(window, sources, readAhead, importer);
                if (bundle != null) {
                    try {
                        ImportOutcome outcome = importer.storeInBulk(bundle, destination);
                        patients += outcome.patients().size();
                        bytes += outcome.bytes();
                        outcome.keptByType().forEach((type, n) -> kept.merge(type, (long) n, Long::sum));
                        outcome.notKeptByType().forEach((type, n) -> notKept.merge(type, (long) n, Long::sum));
                    } catch (RuntimeException e) {
                        failed.add(new Failure(current.source().name(), reason(e)));
                    }
                }
                bundles++;
                progress.accept(new Totals(bundles, patients, bytes, kept, notKept, failed, System.nanoTime() - start));
            }
        } finally {
            readAhead.shutdownNow();
        }
        return new Totals(bundles, patients, bytes, kept, notKept, failed, System.nanoTime() - start);
    }

    /** The bundle files under the paths ({@code .json}, {@code .json.gz}), directory bundles first. */
    public static List<Path> bundleFiles(List<String> paths) {
        List<Path> files = new ArrayList<>();
        for (String name : paths) {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(BulkLoad::isBundle).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new UncheckedIOException(new IOException("No such file or folder: " + path));
            }
        }
        files.sort(Comparator.comparing(file -> !UploadedBundles.directory(file.getFileName().toString())));
        return files;
    }

    private static boolean isBundle(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") || name.endsWith(".json.gz");
    }

    private record Pending(Source source, Future<ReadBundle> reading) {
    }

    private static void fill(Deque<Pending> window, Iterator<Source> sources, ExecutorService readAhead,
                             BundleImporter importer) {
        while (window.size() < READ_AHEAD && sources.hasNext()) {
            Source source = sources.next();
            window.addLast(new Pending(source, readAhead.submit(() -> read(importer, source))));
        }
    }

    private static ReadBundle read(BundleImporter importer, Source source) {
        try (InputStream in = source.open().get()) {
            return importer.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reason(Throwable e) {
        return e instanceof BaseServerResponseException || e instanceof UncheckedIOException
                ? e.getMessage() : e.toString();
    }
}
