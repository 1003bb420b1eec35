package org.careloop.caregap.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The measures CareLoop ships and their value sets, read from {@code caregap/measures.json} and checked once. */
public final class Measures {

    record Data(List<ValueSet> valueSets, List<Measure> measures) {
    }

    private final List<Measure> measures;
    private final Map<String, ValueSet> valueSets = new LinkedHashMap<>();

    Measures(List<ValueSet> valueSets, List<Measure> measures) {
        valueSets.forEach(set -> this.valueSets.put(set.name(), set));
        this.measures = List.copyOf(measures);
        this.measures.forEach(this::check);
    }

    public static Measures standard() {
        try (InputStream in = Measures.class.getResourceAsStream("/caregap/measures.json")) {
            JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
            Data data = mapper.readValue(in, Data.class);
            return new Measures(data.valueSets(), data.measures());
        } catch (IOException e) {
            throw new UncheckedIOException("caregap/measures.json cannot be read", e);
        }
    }

    public List<Measure> all() {
        return measures;
    }

    public Measure measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No measure " + id));
    }

    public ValueSet valueSet(String name) {
        ValueSet set = valueSets.get(name);
        if (set == null) {
            throw new IllegalArgumentException("No value set " + name);
        }
        return set;
    }

    /** Every value set some measure reads, for a query that fetches only the rows that can matter. */
    public List<ValueSet> used() {
        return measures.stream().flatMap(Measures::valueSetNames).distinct().map(this::valueSet).toList();
    }

    private static Stream<String> valueSetNames(Measure measure) {
        Measure.RuleSpec rule = measure.rule();
        return Stream.of(measure.population().conditions().stream(),
                        measure.exclusions().stream().map(Measure.Exclusion::valueSet),
                        rule.closers().stream().map(Measure.Closer::valueSet),
                        Stream.of(rule.valueSet(), rule.notCounted(), rule.complete(), rule.conjugate(), rule.polysaccharide()),
                        GapRules.readsBesides(rule))
                .flatMap(s -> s).filter(java.util.Objects::nonNull);
    }

    private void check(Measure measure) {
        valueSetNames(measure).forEach(this::valueSet);
        GapRules.of(measure.rule());
        if (measure.source() == null || measure.source().isBlank()) {
            throw new IllegalArgumentException("Measure " + measure.id() + " cites no source");
        }
    }
}
