package org.careloop.community.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.careloop.community.HsdsProblem;

/**
 * The CSV files of an HSDS tabular package, read but not yet checked: from a zip (files may sit in a folder inside
 * it) or from a folder. Files are known by their name without folder; singular and plural names are both taken
 * ({@code service_at_location.csv} and {@code service_at_locations.csv}). Files CareLoop does not read are listed,
 * not refused. A file that is not valid CSV is a problem naming the file and the row where reading stopped.
 */
public final class HsdsTables {

    /** The files CareLoop reads, by their canonical name. */
    static final List<String> READ = List.of("organizations.csv", "services.csv", "locations.csv", "addresses.csv",
            "service_at_location.csv", "phones.csv", "schedules.csv", "languages.csv", "service_areas.csv",
            "taxonomy_terms.csv", "attributes.csv");

    /** Unpacked, a package may not exceed this (a zip bomb is refused, not unpacked). */
    static final long MOST_BYTES = 64L * 1024 * 1024;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<String> ignored = new ArrayList<>();
    private final List<HsdsProblem> problems = new ArrayList<>();

    private HsdsTables() {
    }

    /** One row: its file, its number as a spreadsheet shows it (the header is row 1) and its values by column. */
    public record Row(String file, long number, Map<String, String> values) {

        /** The value of a column, trimmed; null when empty or absent. */
        public String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    /** One file: the name it had in the package, its columns and rows. */
    public record Table(String file, List<String> columns, List<Row> rows) {
    }

    public static HsdsTables fromZip(InputStream zip) {
        HsdsTables tables = new HsdsTables();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = readAtMost(in, MOST_BYTES - total);
                total += content.length;
                if (total >= MOST_BYTES) {
                    tables.problems.add(new HsdsProblem(fileName(entry.getName()), 0, null,
                            "the package unpacks to more than " + MOST_BYTES / (1024 * 1024) + " MB"));
                    return tables;
                }
                tables.add(entry.getName(), new String(content, StandardCharsets.UTF_8));
            }
        } catch (IOException | IllegalArgumentException e) {
            tables.problems.add(new HsdsProblem("(package)", 0, null, "not a readable zip file: " + e.getMessage()));
        }
        if (tables.tables.isEmpty() && tables.problems.isEmpty()) {
            tables.problems.add(new HsdsProblem("(package)", 0, null, "holds no CSV file CareLoop reads "
                    + "(organizations.csv and services.csv at least)"));
        }
        return tables;
    }

    public static HsdsTables fromFolder(Path folder) {
        Map<String, String> contents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                contents.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the HSDS folder " + folder, e);
        }
        return fromFiles(contents);
    }

    /** The files' text by file name. */
    public static HsdsTables fromFiles(Map<String, String> files) {
        HsdsTables tables = new HsdsTables();
        files.forEach(tables::add);
        return tables;
    }

    public Optional<Table> table(String canonicalName) {
        return Optional.ofNullable(tables.get(canonicalName));
    }

    public List<Row> rows(String canonicalName) {
        return table(canonicalName).map(Table::rows).orElse(List.of());
    }

    /** The name the file had in the package, for problems. */
    public String fileOf(String canonicalName) {
        return table(canonicalName).map(Table::file).orElse(canonicalName);
    }

    public List<String> ignored() {
        return List.copyOf(ignored);
    }

    public List<HsdsProblem> problems() {
        return List.copyOf(problems);
    }

    private void add(String path, String content) {
        String file = fileName(path);
        String canonical = canonical(file);
        if (!READ.contains(canonical)) {
            ignored.add(file);
            return;
        }
        try (Reader reader = new StringReader(content.startsWith("\uFEFF") ? content.substring(1) : content);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> columns = parser.getHeaderNames().stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
                    values.put(columns.get(i), record.get(i));
                }
                if (record.size() > columns.size() && record.stream().skip(columns.size()).anyMatch(v -> !v.isBlank())) {
                    problems.add(new HsdsProblem(file, record.getRecordNumber() + 1, null,
                            "has " + record.size() + " values but the header names " + columns.size() + " columns"));
                }
                rows.add(new Row(file, record.getRecordNumber() + 1, values));
            }
            tables.put(canonical, new Table(file, columns, rows));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new HsdsProblem(file, 0, null, "is not valid CSV: " + e.getMessage()));
        }
    }

    private static String canonical(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "organization.csv" -> "organizations.csv";
            case "service.csv" -> "services.csv";
            case "location.csv" -> "locations.csv";
            case "address.csv" -> "addresses.csv";
            case "service_at_locations.csv" -> "service_at_location.csv";
            case "phone.csv" -> "phones.csv";
            case "schedule.csv" -> "schedules.csv";
            case "language.csv" -> "languages.csv";
            case "service_area.csv" -> "service_areas.csv";
            case "taxonomy_term.csv" -> "taxonomy_terms.csv";
            case "attribute.csv" -> "attributes.csv";
            default -> name;
        };
    }

    private static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    private static byte[] readAtMost(InputStream in, long most) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            read += n;
            if (read >= most) {
                break;
            }
        }
        return out.toByteArray();
    }
}
