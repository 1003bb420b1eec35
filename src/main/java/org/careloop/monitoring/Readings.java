package org.careloop.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.InvalidRequest;
import org.careloop.audit.AuditAction;
import org.careloop.patient.NewObservation;
import org.careloop.patient.ObservationSource;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientGate;
import org.careloop.patient.PatientObservation;
import org.careloop.patient.PatientReadings;
import org.careloop.patient.RecordedObservation;
import org.springframework.stereotype.Service;

/**
 * A patient's readings: those imported from the EHR and those the care team keys in (what the patient reads out on
 * the phone, what the clinic measured), stored as LOINC-coded observations in the patient's record so trends and care
 * gaps see them all. A reading entered is judged against the alert protocols in the same transaction. Units are
 * checked, implausible values refused naming the field, and a reading cannot be taken in the future.
 */
@Service
public class Readings {

    /** A clock a few minutes fast on the patient's meter is not "the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final PatientReadings store;
    private final PatientGate gate;
    private final RaisedAlerts raised;
    private final Clock clock;

    Readings(PatientReadings store, PatientGate gate, RaisedAlerts raised, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.raised = raised;
        this.clock = clock;
    }

    /** Stores a reading entered by the caller; answers it with the alerts it raised or joined. */
    public Reading record(UUID patientId, NewReading reading) {
        NewObservation observation = validated(reading);
        // the scope check (and a refusal's audit event) outside the store's transaction, so a refusal stays on the trail
        gate.check(patientId, AuditAction.CREATE, PatientReadings.RESOURCE);
        RecordedObservation stored = store.record(patientId, observation);
        return toReading(stored, raised.ofPatient(patientId, practiceOf(patientId, stored)));
    }

    /** The patient's readings of one kind (all kinds when null), newest first, in error ones with their correction. */
    public List<Reading> list(UUID patientId, String kind) {
        List<String> codes = kind == null || kind.isBlank() ? ReadingKind.loincCodes()
                : List.of(kindOf(kind, "kind").loinc());
        List<RecordedObservation> found = store.list(patientId, codes);
        if (found.isEmpty()) {
            return List.of();
        }
        PatientAccess access = gate.open(patientId, AuditAction.READ, "ReadingAlert");
        List<RaisedAlert> alerts = raised.ofPatient(patientId, access.practiceId());
        return found.stream().map(observation -> toReading(observation, alerts)).toList();
    }

    /** The alerts the patient's readings raised, for the chart's markers; the read is audited. */
    public List<RaisedAlert> alertsOf(UUID patientId) {
        PatientAccess access = gate.open(patientId, AuditAction.READ, "ReadingAlert");
        return raised.ofPatient(patientId, access.practiceId());
    }

    /** Marks a reading in error with the reason; it stays stored with the correction and raises nothing more. */
    public Reading markInError(UUID patientId, UUID readingId, String reason, Integer version) {
        gate.check(patientId, AuditAction.UPDATE, PatientReadings.RESOURCE);
        RecordedObservation corrected = store.markInError(patientId, readingId, reason, version);
        return toReading(corrected, raised.ofPatient(patientId, practiceOf(patientId, corrected)));
    }

    private UUID practiceOf(UUID patientId, RecordedObservation ignored) {
        return gate.open(patientId, AuditAction.READ, "ReadingAlert").practiceId();
    }

    /** The reading a stored observation is, when its code is one of the kinds. */
    static Optional<Measurement> measurement(RecordedObservation stored) {
        PatientObservation o = stored.observation();
        return ReadingKind.ofLoinc(o.code()).map(kind -> new Measurement(o.id(), kind, part(o, ReadingKind.SYSTOLIC),
                part(o, ReadingKind.DIASTOLIC), o.valueQuantity(), unitOf(o), o.effectiveAt()));
    }

    private static Reading toReading(RecordedObservation stored, List<RaisedAlert> alerts) {
        PatientObservation o = stored.observation();
        ReadingKind kind = ReadingKind.ofLoinc(o.code()).orElseThrow();
        return new Reading(o.id(), kind, part(o, ReadingKind.SYSTOLIC), part(o, ReadingKind.DIASTOLIC),
                o.valueQuantity(), unitOf(o), o.effectiveAt(), ReadingSource.valueOf(stored.source().name()),
                stored.enteredBy(), stored.enteredAt(), o.status(),
                stored.inError() ? new Reading.Correction(stored.inErrorReason(), stored.inErrorBy(), stored.inErrorAt())
                        : null,
                stored.version(), alerts.stream().filter(alert -> alert.readingId().equals(o.id())).toList());
    }

    private static BigDecimal part(PatientObservation o, String code) {
        return o.components().stream().filter(c -> code.equals(c.code())).map(PatientObservation.Component::valueQuantity)
                .findFirst().orElse(null);
    }

    /** Imported units are UCUM ("mm[Hg]", "[lb_av]", "Cel"); CareLoop speaks the clinician's. */
    private static String unitOf(PatientObservation o) {
        String unit = o.valueUnit() != null ? o.valueUnit()
                : o.components().stream().map(PatientObservation.Component::valueUnit).filter(u -> u != null)
                        .findFirst().orElse(null);
        if (unit == null) {
            return null;
        }
        return switch (unit) {
            case "mm[Hg]" -> "mmHg";
            case "[lb_av]" -> "lb";
            case "Cel" -> "°C";
            case "[degF]" -> "°F";
            case "{beats}/min", "beats/min" -> "/min";
            default -> unit;
        };
    }

    private NewObservation validated(NewReading reading) {
        Map<String, String> problems = new LinkedHashMap<>();
        ReadingKind kind = null;
        try {
            kind = kindOf(reading.kind(), "kind");
        } catch (InvalidRequest refused) {
            problems.putAll(refused.fields());
        }
        ObservationSource source = null;
        if (reading.source() == null || reading.source().isBlank()) {
            problems.put("source", "is required: CLINIC or PATIENT_REPORTED");
        } else if (!reading.source().trim().equals("CLINIC") && !reading.source().trim().equals("PATIENT_REPORTED")) {
            problems.put("source", "must be CLINIC or PATIENT_REPORTED: EHR readings come by import, DEVICE readings "
                    + "from the device feed");
        } else {
            source = ObservationSource.valueOf(reading.source().trim());
        }
        if (reading.takenAt() == null) {
            problems.put("takenAt", "is required");
        } else if (reading.takenAt().isAfter(OffsetDateTime.now(clock).plus(CLOCK_SKEW))) {
            problems.put("takenAt", "must not be in the future");
        }
        String unit = reading.unit() == null ? null : reading.unit().trim();
        Optional<ReadingKind.Range> range = Optional.empty();
        if (kind != null) {
            range = unit == null ? Optional.empty() : kind.range(unit);
            if (range.isEmpty()) {
                problems.put("unit", (unit == null || unit.isEmpty() ? "is required" : "is not a unit for "
                        + kind.name()) + ": one of " + String.join(", ", kind.units()));
            }
            if (kind == ReadingKind.BLOOD_PRESSURE) {
                check(problems, "systolic", reading.systolic(), range.orElse(null), unit);
                check(problems, "diastolic", reading.diastolic(), ReadingKind.DIASTOLIC_RANGE, "mmHg");
                if (reading.value() != null) {
                    problems.put("value", "is not used for a blood pressure: send systolic and diastolic");
                }
                if (!problems.containsKey("systolic") && !problems.containsKey("diastolic")
                        && reading.systolic().compareTo(reading.diastolic()) <= 0) {
                    problems.put("diastolic", "must be lower than the systolic pressure");
                }
            } else {
                check(problems, "value", reading.value(), range.orElse(null), unit);
                if (reading.systolic() != null) {
                    problems.put("systolic", "is only for a blood pressure");
                }
                if (reading.diastolic() != null) {
                    problems.put("diastolic", "is only for a blood pressure");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        if (kind == ReadingKind.BLOOD_PRESSURE) {
            return new NewObservation(kind.category(), kind.loinc(), kind.display(), null, null, reading.takenAt(),
                    List.of(new PatientObservation.Component("http://loinc.org", ReadingKind.SYSTOLIC,
                                    "Systolic blood pressure", reading.systolic(), unit, null, null),
                            new PatientObservation.Component("http://loinc.org", ReadingKind.DIASTOLIC,
                                    "Diastolic blood pressure", reading.diastolic(), unit, null, null)), source);
        }
        return new NewObservation(kind.category(), kind.loinc(), kind.display(), reading.value(), unit,
                reading.takenAt(), List.of(), source);
    }

    private static void check(Map<String, String> problems, String field, BigDecimal value, ReadingKind.Range range,
                              String unit) {
        if (value == null) {
            problems.put(field, "is required");
        } else if (range != null && !range.contains(value)) {
            problems.put(field, range.text(unit));
        }
    }

    private static ReadingKind kindOf(String kind, String field) {
        try {
            return ReadingKind.valueOf(kind == null ? "" : kind.trim());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequest("Invalid " + field, Map.of(field, "must be one of " + Arrays.stream(
                    ReadingKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }
}
