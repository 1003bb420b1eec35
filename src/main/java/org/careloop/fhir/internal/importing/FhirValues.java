package org.careloop.fhir.internal.importing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.careloop.patient.ImportedClinicalRecords.Value;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/** Small conversions from FHIR data types to the plain values CareLoop stores. */
final class FhirValues {

    static final ObjectMapper JSON = new ObjectMapper();

    private FhirValues() {
    }

    /** The first coding of a concept (or one from {@code preferredSystem}), with the concept's text as display fallback. */
    static Coding coding(CodeableConcept concept, String preferredSystem) {
        if (concept == null || concept.isEmpty()) {
            return new Coding();
        }
        Coding chosen = concept.getCoding().stream().filter(c -> preferredSystem != null && preferredSystem.equals(c.getSystem()))
                .findFirst().orElse(concept.getCodingFirstRep());
        Coding copy = new Coding(chosen.getSystem(), chosen.getCode(), chosen.getDisplay());
        if (!copy.hasDisplay() && concept.hasText()) {
            copy.setDisplay(concept.getText());
        }
        return copy;
    }

    static Coding coding(CodeableConcept concept) {
        return coding(concept, null);
    }

    static Coding first(List<CodeableConcept> concepts) {
        return concepts.isEmpty() ? new Coding() : coding(concepts.get(0));
    }

    static String display(CodeableConcept concept) {
        if (concept == null) {
            return null;
        }
        return concept.hasText() ? concept.getText() : coding(concept).getDisplay();
    }

    static String code(Enumeration<?> value) {
        return value == null || value.isEmpty() ? null : value.getCode();
    }

    static OffsetDateTime instant(BaseDateTimeType value) {
        return value == null || value.getValue() == null ? null
                : OffsetDateTime.ofInstant(value.getValue().toInstant(), ZoneOffset.UTC);
    }

    static OffsetDateTime start(Type effective) {
        if (effective instanceof BaseDateTimeType dateTime) {
            return instant(dateTime);
        }
        if (effective instanceof Period period) {
            return instant(period.getStartElement());
        }
        return null;
    }

    static OffsetDateTime end(Type effective) {
        return effective instanceof Period period ? instant(period.getEndElement()) : null;
    }

    /** The calendar date as written at the source, without shifting it through a time zone. */
    static LocalDate date(BaseDateTimeType value) {
        if (value == null || value.getValue() == null) {
            return null;
        }
        return LocalDate.of(value.getYear(), value.getMonth() + 1, value.getDay());
    }

    static Value value(Type value) {
        if (value instanceof Quantity quantity) {
            return new Value(quantity.getValue(), quantity.hasUnit() ? quantity.getUnit() : quantity.getCode(), null, null);
        }
        if (value instanceof CodeableConcept concept) {
            Coding coding = coding(concept);
            return new Value(null, null, coding.getCode(), display(concept));
        }
        if (value instanceof IntegerType integer) {
            return new Value(integer.getValue() == null ? null : java.math.BigDecimal.valueOf(integer.getValue()), null, null, null);
        }
        if (value instanceof StringType || value instanceof BooleanType || value instanceof DateTimeType) {
            return new Value(null, null, null, value.primitiveValue());
        }
        return Value.NONE;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
