package org.careloop.caregap.engine;

/** The rule kinds a measure may name in {@code caregap/measures.json}. */
final class GapRules {

    private GapRules() {
    }

    static GapRule of(Measure.RuleSpec spec) {
        return switch (spec.kind()) {
            case "ANY_OF" -> new AnyOf(spec);
            case "ALL_OF" -> new AllOf(spec);
            case "SINCE_SEASON_START" -> new SinceSeasonStart(spec);
            case "LATEST_RESULT_BELOW" -> new LatestResultBelow(spec);
            case "BP_DAY_BELOW" -> new BloodPressureDayBelow(spec);
            case "PNEUMOCOCCAL_SERIES" -> new PneumococcalSeries(spec);
            case "DOSES" -> new Doses(spec);
            default -> throw new IllegalArgumentException("Unknown care-gap rule kind " + spec.kind());
        };
    }

    /** The value sets a rule kind reads by its own names, beside those the measure names. */
    static java.util.stream.Stream<String> readsBesides(Measure.RuleSpec spec) {
        return spec.kind().equals("BP_DAY_BELOW") ? BloodPressureDayBelow.VALUE_SETS.stream()
                : java.util.stream.Stream.empty();
    }
}
