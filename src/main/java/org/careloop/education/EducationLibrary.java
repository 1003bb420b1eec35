package org.careloop.education;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.careloop.InvalidRequest;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The education library: the materials shipped in {@code education/library.json} (texts in {@code
 * education/texts/}), each graded by {@link ReadingGrade} when the library loads, and the materials administrators
 * add for their practices. A care manager sees the shipped ones and her practices' own.
 */
@Service
public class EducationLibrary {

    private static final Comparator<EducationMaterial> ORDER = Comparator.comparing(EducationMaterial::topic)
            .thenComparing(EducationMaterial::language).thenComparing(EducationMaterial::title);

    /** The file's shape: a note on where the texts come from, and the materials. */
    record Library(String about, List<Entry> materials) {
    }

    /** One shipped material; {@code text} names its file under {@code education/texts/}. */
    record Entry(String id, String title, String topic, String language, MaterialFormat format, String text,
                 EducationMaterial.Source source) {
    }

    private final List<EducationMaterial> shipped;
    private final StoredMaterials added;
    private final Callers callers;
    private final Clock clock;

    EducationLibrary(JsonMapper json, StoredMaterials added, Callers callers, Clock clock) {
        this.added = added;
        this.callers = callers;
        this.clock = clock;
        try (InputStream in = new ClassPathResource("education/library.json").getInputStream()) {
            this.shipped = json.readValue(in, Library.class).materials().stream().map(EducationLibrary::load)
                    .sorted(ORDER).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the education library", e);
        }
    }

    /** The materials the caller may give, by topic, language and title; narrowed to a topic and a language when given. */
    public List<EducationMaterial> materials(String topic, String language) {
        return Stream.concat(shipped.stream(), added.ofPractices(callers.current().practiceArray()).stream())
                .filter(m -> topic == null || topic.isBlank() || m.topic().equalsIgnoreCase(topic.trim()))
                .filter(m -> language == null || language.isBlank() || m.language().equalsIgnoreCase(language.trim()))
                .sorted(ORDER).toList();
    }

    /** The topics of the materials the caller may give. */
    public List<String> topics() {
        return materials(null, null).stream().map(EducationMaterial::topic).distinct().toList();
    }

    /** One material the caller may give: a shipped one by its name, an addition of their practices by its id. */
    public Optional<EducationMaterial> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Optional<EducationMaterial> found = shipped.stream().filter(m -> m.id().equals(id.trim())).findFirst();
        if (found.isPresent()) {
            return found;
        }
        try {
            return added.find(UUID.fromString(id.trim()), callers.current().practiceArray());
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** Adds a material to the library of one of the administrator's practices; its reading grade is computed. */
    public EducationMaterial add(NewMaterial material) {
        Caller caller = callers.current();
        Map<String, String> problems = new LinkedHashMap<>();
        UUID practice = material.practiceId();
        if (practice == null && caller.practiceIds().size() == 1) {
            practice = caller.practiceIds().iterator().next();
        } else if (practice == null) {
            problems.put("practiceId", "is required: you work in several practices");
        } else if (!caller.worksIn(practice)) {
            problems.put("practiceId", "must be one of your practices");
        }
        required(problems, "title", material.title(), 200);
        required(problems, "topic", material.topic(), 100);
        required(problems, "sourceName", material.sourceName(), 300);
        required(problems, "text", material.text(), 20_000);
        String language = material.language() == null ? "" : material.language().trim().toLowerCase();
        if (!language.matches("[a-z]{2}")) {
            problems.put("language", "must be a two-letter ISO 639-1 code such as en or es");
        }
        MaterialFormat format = null;
        try {
            format = MaterialFormat.valueOf(material.format() == null ? "" : material.format().trim());
        } catch (IllegalArgumentException unknown) {
            problems.put("format", "must be one of HANDOUT, VIDEO, WEB_PAGE");
        }
        String url = material.sourceUrl() == null || material.sourceUrl().isBlank() ? null : material.sourceUrl().trim();
        if (url != null && (!url.matches("https?://\\S+") || url.length() > 500)) {
            problems.put("sourceUrl", "must be an http or https address of at most 500 characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        String text = material.text().strip();
        EducationMaterial created = new EducationMaterial(UUID.randomUUID().toString(), material.title().trim(),
                material.topic().trim(), language, format,
                new EducationMaterial.Source(material.sourceName().trim(), url), text, ReadingGrade.of(text, language),
                practice);
        added.insert(created, caller.userId(), clock.instant());
        return created;
    }

    private static void required(Map<String, String> problems, String field, String value, int longest) {
        if (value == null || value.isBlank()) {
            problems.put(field, "is required");
        } else if (value.strip().length() > longest) {
            problems.put(field, "must be at most " + longest + " characters");
        }
    }

    private static EducationMaterial load(Entry entry) {
        try (InputStream in = new ClassPathResource("education/texts/" + entry.text()).getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return new EducationMaterial(entry.id(), entry.title(), entry.topic(), entry.language(), entry.format(),
                    entry.source(), text, ReadingGrade.of(text, entry.language()), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the education text " + entry.text(), e);
        }
    }

    /** Every shipped material, for checks over the whole library. */
    List<EducationMaterial> shipped() {
        return new ArrayList<>(shipped);
    }
}
