package org.careloop.fhir.translate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.careloop.InvalidRequest;
import org.careloop.caregap.PatientFacts;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A FHIR R4 bundle of one patient as the care-gap engine's input (for the what-if evaluation). Each entry's resource is parsed on its own with HAPI FHIR
 * (strictly), so a bad one is named ({@code bundle.entry[3]}); the bundle must hold exactly one Patient. Conditions,
 * Observations, Procedures and Immunizations are read; other resources are ignored; entries entered in error, not
 * done or cancelled do not count.
 */
@Component
public class CareGapBundles {

    private static final Set<String> VOID = Set.of("entered-in-error", "not-done", "cancelled", "refuted", "stopped");

    private final FhirContext fhir;

    CareGapBundles(FhirContext fhir) {
        this.fhir = fhir;
    }

    public PatientFacts read(JsonNode bundle) {
        if (bundle == null || !bundle.isObject() || !"Bundle".equals(bundle.path("resourceType").asString(""))) {
            throw bad("bundle", "must be a FHIR R4 Bundle (resourceType \"Bundle\")");
        }
        JsonNode entries = bundle.path("entry");
        if (!entries.isArray()) {
            throw bad("bundle.entry", "must list the patient's resources");
        }
        IParser parser = fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        Patient patient = null;
        List<PatientFacts.Fact> facts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = "bundle.entry[" + i + "]";
            JsonNode resource = entries.get(i).path("resource");
            if (!resource.isObject()) {
                throw bad(where, "has no resource");
            }
            IBaseResource parsed;
            try {
                parsed = parser.parseResource(resource.toString());
            } catch (DataFormatException | IllegalArgumentException e) {
                throw bad(where, "is not a valid FHIR R4 resource: " + e.getMessage());
            }
            if (parsed instanceof Patient found) {
                if (patient != null) {
                    throw bad(where, "is a second Patient; the bundle must hold exactly one");
                }
                patient = found;
            } else if (parsed instanceof Condition condition) {
                facts.add(condition(condition, where));
            } else if (parsed instanceof Observation observation && !voided(observation.hasStatus() ? observation.getStatus().toCode() : null)) {
                facts.add(observation(observation, where));
            } else if (parsed instanceof Procedure procedure && !voided(procedure.hasStatus() ? procedure.getStatus().toCode() : null)) {
                facts.add(fact(PatientFacts.Kind.PROCEDURE, procedure.getCode(),
                        date(procedure.getPerformed(), where + ".performed"), null, true, null, null, List.of()));
            } else if (parsed instanceof Immunization immunization && !voided(immunization.hasStatus() ? immunization.getStatus().toCode() : null)) {
                facts.add(fact(PatientFacts.Kind.IMMUNIZATION, immunization.getVaccineCode(),
                        date(immunization.getOccurrence(), where + ".occurrence"), null, true, null, null, List.of()));
            }
        }
        if (patient == null) {
            throw bad("bundle", "holds no Patient; it must hold exactly one");
        }
        LocalDate birthDate = patient.hasBirthDateElement() ? date(patient.getBirthDateElement()) : null;
        String sex = patient.hasGender() ? patient.getGender().toCode() : null;
        if ("unknown".equals(sex)) {
            sex = null;
        }
        boolean deceased = patient.hasDeceasedDateTimeType()
                || (patient.hasDeceasedBooleanType() && patient.getDeceasedBooleanType().booleanValue());
        return new PatientFacts(birthDate, sex, deceased, facts, List.of());
    }

    private static PatientFacts.Fact condition(Condition condition, String where) {
        String status = condition.hasClinicalStatus() && condition.getClinicalStatus().hasCoding()
                ? condition.getClinicalStatus().getCodingFirstRep().getCode() : null;
        String verification = condition.hasVerificationStatus() && condition.getVerificationStatus().hasCoding()
                ? condition.getVerificationStatus().getCodingFirstRep().getCode() : null;
        boolean active = (status == null || Set.of("active", "recurrence", "relapse").contains(status))
                && !VOID.contains(String.valueOf(verification));
        LocalDate onset = condition.hasOnset() ? date(condition.getOnset(), where + ".onset") : null;
        if (onset == null && condition.hasRecordedDate()) {
            onset = date(condition.getRecordedDateElement());
        }
        LocalDate abated = condition.hasAbatement() ? date(condition.getAbatement(), where + ".abatement") : null;
        return fact(PatientFacts.Kind.CONDITION, condition.getCode(), onset, abated, active, null, null, List.of());
    }

    private static PatientFacts.Fact observation(Observation observation, String where) {
        LocalDate on = observation.hasEffective() ? date(observation.getEffective(), where + ".effective")
                : observation.hasIssued() ? new org.hl7.fhir.r4.model.InstantType(observation.getIssued()).getValue()
                        .toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate() : null;
        Quantity quantity = observation.hasValueQuantity() ? observation.getValueQuantity() : null;
        List<PatientFacts.Part> parts = observation.getComponent().stream().filter(c -> c.hasValueQuantity())
                .map(c -> new PatientFacts.Part(codings(c.getCode()), c.getValueQuantity().getValue(),
                        c.getValueQuantity().getUnit())).toList();
        return fact(PatientFacts.Kind.OBSERVATION, observation.getCode(), on, null, true,
                quantity == null ? null : quantity.getValue(), quantity == null ? null : quantity.getUnit(), parts);
    }

    private static PatientFacts.Fact fact(PatientFacts.Kind kind, CodeableConcept code, LocalDate on, LocalDate ended,
                                          boolean active, java.math.BigDecimal value, String unit,
                                          List<PatientFacts.Part> parts) {
        String display = code.hasText() ? code.getText() : code.hasCoding() ? code.getCodingFirstRep().getDisplay() : null;
        return new PatientFacts.Fact(kind, codings(code), display, on, ended, active, value, unit, parts);
    }

    private static List<PatientFacts.Coding> codings(CodeableConcept code) {
        return code.getCoding().stream().filter(c -> c.hasCode())
                .map(c -> new PatientFacts.Coding(c.hasSystem() ? c.getSystem() : null, c.getCode())).toList();
    }

    private static LocalDate date(Type value, String where) {
        if (value instanceof BaseDateTimeType dateTime) {
            return date(dateTime);
        }
        if (value instanceof Period period) {
            return period.hasStart() ? date(period.getStartElement()) : period.hasEnd() ? date(period.getEndElement()) : null;
        }
        if (value == null || value.isEmpty()) {
            return null;
        }
        throw bad(where, "must be a date, a dateTime or a Period");
    }

    /** The calendar date as written, in the time zone it was written in. */
    private static LocalDate date(BaseDateTimeType value) {
        if (value == null || value.getValueAsString() == null) {
            return null;
        }
        String text = value.getValueAsString();
        return switch (Math.min(text.length(), 10)) {
            case 4 -> LocalDate.of(Integer.parseInt(text), 1, 1);
            case 7 -> LocalDate.parse(text + "-01");
            default -> LocalDate.parse(text.substring(0, 10));
        };
    }

    private static boolean voided(String status) {
        return status != null && VOID.contains(status);
    }

    private static InvalidRequest bad(String field, String message) {
        return new InvalidRequest(field + " " + message, Map.of(field, message));
    }
}
