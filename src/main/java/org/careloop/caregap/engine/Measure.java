package org.careloop.caregap.engine;

import org.careloop.caregap.PatientFacts;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;

/**
 * One care-gap measure as {@code caregap/measures.json} states it: who it applies to, what takes a patient out of
 * it, the rule that closes it (a named kind with its parameters) and the guideline it follows.
 */
public record Measure(String id, String title, String subject, String source, Population population,
                      List<Exclusion> exclusions, RuleSpec rule) {

    public Measure {
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }

    /** Ages are inclusive, on the evaluation date; {@code conditions} are value sets of which one must be active. */
    public record Population(Integer minAge, Integer maxAge, String sex, List<String> conditions, String describes) {
        public Population {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }
    }

    /**
     * An entry that takes the patient out of the measure: any time on or before the evaluation date, or within
     * {@code lookback}; {@code active} asks for a condition that is still active.
     */
    public record Exclusion(PatientFacts.Kind fact, String valueSet, String lookback, boolean active, String reason) {
        public Period period() {
            return lookback == null ? null : Period.parse(lookback);
        }
    }

    /** A kind of entry from a value set that counts for {@code lookback}; {@code label} names it in explanations. */
    public record Closer(PatientFacts.Kind fact, String valueSet, String lookback, String label) {
        public Period period() {
            return Period.parse(lookback);
        }
    }

    /** The rule kind and its parameters; which parameters a kind reads is documented on its class. */
    public record RuleSpec(String kind, List<Closer> closers, String valueSet, String lookback, BigDecimal below,
                           String unit, BigDecimal systolicBelow, BigDecimal diastolicBelow, List<String> goalMeasures,
                           String seasonStart, Integer doses, String notCounted, String complete, String conjugate,
                           String polysaccharide) {
        public RuleSpec {
            closers = closers == null ? List.of() : List.copyOf(closers);
            goalMeasures = goalMeasures == null ? List.of() : List.copyOf(goalMeasures);
        }

        public Period period() {
            return Period.parse(lookback);
        }

        public MonthDay season() {
            return MonthDay.parse(seasonStart);
        }
    }
}
