package org.careloop.caregap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the care-gap engine knows of one patient, whatever it came from (a FHIR bundle, CareLoop's stored record):
 * birth date and administrative sex (either may be null), whether the patient has died, the coded clinical facts
 * and the care-plan goals.
 */
public record PatientFacts(LocalDate birthDate, String sex, boolean deceased, List<Fact> facts, List<Goal> goals) {

    public PatientFacts {
        facts = List.copyOf(facts);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    /** A living patient. */
    public PatientFacts(LocalDate birthDate, String sex, List<Fact> facts, List<Goal> goals) {
        this(birthDate, sex, false, facts, goals);
    }

    public enum Kind { CONDITION, OBSERVATION, PROCEDURE, IMMUNIZATION, ASSESSMENT }

    /** A code in a code system (a URI such as {@code http://loinc.org}; null when the source did not say). */
    public record Coding(String system, String code) {
    }

    /**
     * One coded entry. {@code on} is its date (onset for a condition, effective date for an observation, performed
     * or given date otherwise); {@code endedOn} a condition's abatement. {@code active} says whether a condition is
     * clinically active. {@code value} and {@code parts} (the components of a panel such as blood pressure) carry
     * results. An entry matches a value set when any of its codings is in it.
     */
    public record Fact(Kind kind, List<Coding> codings, String display, LocalDate on, LocalDate endedOn,
                       boolean active, BigDecimal value, String unit, List<Part> parts) {

        public Fact {
            codings = List.copyOf(codings);
            parts = parts == null ? List.of() : List.copyOf(parts);
        }

        public String firstCode() {
            return codings.isEmpty() ? null : codings.get(0).code();
        }
    }

    /** One component of a panel: its codings and value. */
    public record Part(List<Coding> codings, BigDecimal value, String unit) {
        public Part {
            codings = List.copyOf(codings);
        }
    }

    /** A measurable care-plan goal, as the plan holds it: {@code HbA1c < 7}, {@code Blood pressure < 130/80}. */
    public record Goal(String measure, String comparator, String value) {
    }
}
