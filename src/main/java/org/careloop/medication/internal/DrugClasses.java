package org.careloop.medication.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the shipped class table once, refusing to start on a table whose rules name a class it lacks. */
@Component
public class DrugClasses {

    static final String LOCATION = "medication/drug-classes.json";

    private final DrugClassTable table;

    DrugClasses() {
        this.table = read(LOCATION);
    }

    public DrugClassTable table() {
        return table;
    }

    static DrugClassTable read(String location) {
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            return json.readValue(in, DrugClassTable.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the drug class table " + location, e);
        }
    }
}
