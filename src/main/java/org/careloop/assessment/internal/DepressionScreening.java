package org.careloop.assessment.internal;

import java.util.ArrayList;
import java.util.List;

import org.careloop.assessment.AnsweredQuestion;
import org.careloop.assessment.AssessmentResult;
import org.springframework.stereotype.Component;

/**
 * PHQ-2 and PHQ-9. PHQ-9 totals 0-27 in bands 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe,
 * 20-27 severe; 10 or more is positive. Item 9 (thoughts of death or self-harm) above 0 calls for a same-day
 * suicide-risk assessment whatever the total (Simon et al. 2013: attempt risk rises about tenfold). A PHQ-2 of
 * 3 or more asks for a PHQ-9.
 */
@Component
class DepressionScreening implements ScoringPolicy {

    @Override
    public List<String> instruments() {
        return List.of("phq-9", "phq-2");
    }

    @Override
    public AssessmentResult score(String instrument, List<AnsweredQuestion> answers) {
        int total = answers.stream().mapToInt(AnsweredQuestion::score).sum();
        if (instrument.equals("phq-2")) {
            boolean positive = total >= 3;
            return new AssessmentResult(total, positive ? "positive" : "negative", positive, List.of(),
                    positive ? List.of("Administer a PHQ-9 today: PHQ-2 of " + total + " is 3 or more") : List.of(),
                    List.of());
        }
        List<String> flags = new ArrayList<>();
        List<String> followUps = new ArrayList<>();
        int itemNine = answers.get(8).score();
        if (itemNine > 0) {
            flags.add(AssessmentResult.SUICIDE_RISK);
            followUps.add("Same-day suicide-risk assessment by a nurse (PHQ-9 item 9 answered " + itemNine
                    + "): follow with the ASQ suicide risk screen (in CareLoop) and a brief suicide safety assessment; do not leave an at-risk patient alone, use 988 or 911 when risk is imminent");
        }
        boolean positive = total >= 10;
        if (positive) {
            followUps.add("Review with the provider: PHQ-9 of " + total + " suggests major depression; agree a follow-up plan");
        }
        return new AssessmentResult(total, severity(total), positive, flags, followUps, List.of());
    }

    static String severity(int total) {
        if (total <= 4) {
            return "minimal";
        }
        if (total <= 9) {
            return "mild";
        }
        if (total <= 14) {
            return "moderate";
        }
        return total <= 19 ? "moderately severe" : "severe";
    }
}
