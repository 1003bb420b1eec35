package org.careloop.billing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.careloop.billing.Icd10Code;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The curated SNOMED CT to ICD-10-CM map of the chronic-condition catalogue's concepts
 * ({@code billing/snomed-icd10cm.csv}): one or more ICD-10-CM codes per concept, or an exclusion with its reason
 * (findings such as a BMI do not justify care management on a claim).
 */
@Component
public class DiagnosisMap {

    static final String RESOURCE = "billing/snomed-icd10cm.csv";

    /** The shape of an ICD-10-CM code: a letter (not U), two characters, and up to four after the dot. */
    private static final Pattern ICD_10_CM = Pattern.compile("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    /** One concept of the map: its codes, or why it is excluded. */
    public record Entry(String snomedCode, String display, List<Icd10Code> codes, String exclusion, String source) {
    }

    private final Map<String, Entry> entries;

    public DiagnosisMap() {
        this.entries = read();
    }

    public Optional<Entry> find(String snomedCode) {
        return Optional.ofNullable(snomedCode == null ? null : entries.get(snomedCode.trim()));
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    /** Whether a recorded code has the shape of an ICD-10-CM code and is a diagnosis (not a BMI finding, Z68). */
    public static boolean claimable(String icd10Code) {
        return icd10Code != null && ICD_10_CM.matcher(icd10Code.trim().toUpperCase()).matches()
                && !icd10Code.trim().toUpperCase().startsWith("Z68");
    }

    private static Map<String, Entry> read() {
        Map<String, Entry> read = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> cells = cells(line);
                String snomed = cells.get(0);
                String code = cells.get(2);
                String source = cells.get(4);
                Entry entry = read.computeIfAbsent(snomed, key -> new Entry(snomed, cells.get(1), new ArrayList<>(),
                        code.isEmpty() ? source.replaceFirst("^EXCLUDED: ", "") : null, source));
                if (!code.isEmpty()) {
                    if (!ICD_10_CM.matcher(code).matches()) {
                        throw new IllegalStateException(RESOURCE + ": " + code + " is not an ICD-10-CM code");
                    }
                    entry.codes().add(new Icd10Code(code, cells.get(3)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        read.replaceAll((snomed, entry) -> new Entry(snomed, entry.display(), List.copyOf(entry.codes()),
                entry.exclusion(), entry.source()));
        return Map.copyOf(read);
    }

    /** RFC 4180 cells: commas inside double quotes stay in the cell. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
