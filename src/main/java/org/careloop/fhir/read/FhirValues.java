package org.careloop.fhir.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import java.util.function.Function;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/** The small conversions every translator needs: codes, dates, references, tolerant enum parsing. */
final class FhirValues {

    private FhirValues() {
    }

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
                java.util.TimeZone.getTimeZone(ZoneOffset.UTC));
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
            return fromCode.apply(code.trim().toLowerCase(java.util.Locale.ROOT));
        } catch (Exception unknown) {
            return null;
        }
    }

    /** The patient a FHIR id names; an id that is no UUID names no patient, so it is not found like any other. */
    static UUID patientId(String idPart) {
        try {
            return UUID.fromString(idPart);
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            throw new ResourceNotFoundException("Patient/" + idPart);
        }
    }
}
