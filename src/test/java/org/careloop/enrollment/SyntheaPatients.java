package org.careloop.enrollment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the eligibility policy needs from a Synthea patient bundle (Patient birth and death, Conditions),
 * streaming over the entries so that even the largest bundles fit in a test JVM; and the catalogue as the
 * migration seeds it.
 */
final class SyntheaPatients {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Pattern SEED_ROW = Pattern.compile(
            "^\\('((?:[^']|'')*)', '((?:[^']|'')*)', '((?:[^']|'')*)', '((?:[^']|'')*)'\\)[,;]$");

    private SyntheaPatients() {
    }

    static List<ChronicConditionCode> catalogueAsMigrated() {
        try (InputStream in = SyntheaPatients.class.getResourceAsStream(
                "/db/migration/V20__enrollment_chronic_condition_catalogue.sql")) {
            List<ChronicConditionCode> codes = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher row = SEED_ROW.matcher(line.trim());
                if (row.matches()) {
                    codes.add(new ChronicConditionCode(unquote(row.group(1)), unquote(row.group(2)),
                            unquote(row.group(3)), unquote(row.group(4))));
                }
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Eligibility.Candidate candidate(InputStream gzippedBundle) throws IOException {
        LocalDate birthDate = null;
        LocalDate deceasedOn = null;
        boolean deceased = false;
        List<Eligibility.Diagnosis> diagnoses = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(new GZIPInputStream(gzippedBundle, 1 << 16))) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (!"entry".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode resource = JSON.readTree(parser).path("resource");
                    String type = resource.path("resourceType").asString();
                    if ("Patient".equals(type)) {
                        birthDate = LocalDate.parse(resource.path("birthDate").asString());
                        if (resource.has("deceasedDateTime")) {
                            deceasedOn = LocalDate.parse(resource.path("deceasedDateTime").asString().substring(0, 10));
                        }
                        deceased = deceasedOn != null || resource.path("deceasedBoolean").asBoolean(false);
                    } else if ("Condition".equals(type)) {
                        diagnoses.add(diagnosis(resource));
                    }
                }
            }
        }
        return new Eligibility.Candidate(birthDate, deceased, deceasedOn, diagnoses);
    }

    private static Eligibility.Diagnosis diagnosis(JsonNode condition) {
        List<Eligibility.Coding> codings = new ArrayList<>();
        for (JsonNode coding : condition.path("code").path("coding")) {
            codings.add(new Eligibility.Coding(coding.path("system").asString(), coding.path("code").asString()));
        }
        String status = condition.path("clinicalStatus").path("coding").path(0).path("code").asString();
        boolean abated = condition.propertyNames().stream().anyMatch(name -> name.startsWith("abatement"));
        return new Eligibility.Diagnosis(codings, condition.path("code").path("text").asString(),
                "active".equals(status) && !abated);
    }

    private static String unquote(String sql) {
        return sql.replace("''", "'");
    }
}
