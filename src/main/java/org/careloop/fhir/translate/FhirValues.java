package org.careloop.fhir.translate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Function;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.careloop.directory.DirectoryEntries;
import org.careloop.patient.ClinicalCoding;
import org.careloop.patient.ImportedClinicalRecords.Value;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * The small conversions every translator needs, both ways: codes and concepts, dates and instants, references,
 * values, telecoms and addresses, and tolerant enum parsing.
 */
public final class FhirValues {

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    public static final String CVX = "http://hl7.org/fhir/sid/cvx";
    public static final String NPI = "http://hl7.org/fhir/sid/us-npi";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FhirValues() {
    }

    // --- CareLoop to FHIR

    static CodeableConcept concept(String system, String code, String display) {
        CodeableConcept concept = new CodeableConcept();
        if (code != null) {
            concept.addCoding(new Coding(system, code, display));
        }
        return concept.setText(display);
    }

    static CodeableConcept status(String system, String code) {
        return code == null ? null : new CodeableConcept(new Coding(system, code, null));
    }

    static DateTimeType dateTime(OffsetDateTime at) {
        return at == null ? null : new DateTimeType(Date.from(at.toInstant()), TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    static Date date(OffsetDateTime at) {
        return at == null ? null : Date.from(at.toInstant());
    }

    static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static Reference patient(UUID patientId) {
        return new Reference("Patient/" + patientId);
    }

    /** A FHIR code the relational row may spell in any case, or null when it is not one HAPI knows. */
    static <E> E known(String code, Function<String, E> fromCode) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return fromCode.apply(code.trim().toLowerCase(Locale.ROOT));
        } catch (Exception unknown) {
            return null;
        }
    }

    /** The patient a FHIR id names; an id that is no UUID names no patient, so it is not found like any other. */
    public static UUID patientId(String idPart) {
        try {
            return UUID.fromString(idPart);
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            throw new ResourceNotFoundException("Patient/" + idPart);
        }
    }

    // --- FHIR to CareLoop

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

    /** Every coding of a concept that carries a code, in the source's order (a local code, then LOINC). */
    static List<ClinicalCoding> allCodings(CodeableConcept concept) {
        if (concept == null) {
            return List.of();
        }
        return concept.getCoding().stream().filter(Coding::hasCode)
                .map(c -> new ClinicalCoding(c.hasSystem() ? c.getSystem() : null, c.getCode(),
                        c.hasDisplay() ? c.getDisplay() : null))
                .toList();
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
    static LocalDate day(BaseDateTimeType value) {
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
            return new Value(integer.getValue() == null ? null : BigDecimal.valueOf(integer.getValue()), null, null, null);
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

    /** A coding as a small JSON object, for the nested detail CareLoop keeps as JSON. */
    static Map<String, Object> codeMap(Coding coding) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("system", coding.getSystem());
        map.put("code", coding.getCode());
        map.put("display", coding.getDisplay());
        return map;
    }

    static String telecom(List<ContactPoint> telecom, ContactPoint.ContactPointSystem system) {
        return telecom.stream().filter(t -> t.getSystem() == system).map(ContactPoint::getValue).findFirst().orElse(null);
    }

    static String line(Address address) {
        return address.hasLine() ? String.join(", ", address.getLine().stream().map(l -> l.getValue()).toList()) : null;
    }

    /** The identifiers a directory resource (organization, location, practitioner, role) is known by elsewhere. */
    public static List<DirectoryEntries.Identifier> directoryIdentifiers(Resource resource) {
        List<org.hl7.fhir.r4.model.Identifier> ids = List.of();
        if (resource instanceof Organization o) {
            ids = o.getIdentifier();
        } else if (resource instanceof Location l) {
            ids = l.getIdentifier();
        } else if (resource instanceof Practitioner p) {
            ids = p.getIdentifier();
        } else if (resource instanceof PractitionerRole r) {
            ids = r.getIdentifier();
        }
        return ids.stream().filter(id -> id.hasSystem() && id.hasValue())
                .map(id -> new DirectoryEntries.Identifier(id.getSystem(), id.getValue())).toList();
    }
}
