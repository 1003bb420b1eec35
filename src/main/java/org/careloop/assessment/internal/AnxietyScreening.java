package org.careloop.assessment.internal;

import java.util.List;

import org.careloop.assessment.AnsweredQuestion;
import org.careloop.assessment.AssessmentResult;
import org.springframework.stereotype.Component;

/** GAD-7: total 0-21 in bands 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe; 10 or more is positive. */
@Component
class AnxietyScreening implements ScoringPolicy {

    @Override
    public List<String> instruments() {
        return List.of("gad-7");
    }

    @Override
    public AssessmentResult score(String instrument, List<AnsweredQuestion> answers) {
        int total = answers.stream().mapToInt(AnsweredQuestion::score).sum();
        String severity = total <= 4 ? "minimal" : total <= 9 ? "mild" : total <= 14 ? "moderate" : "severe";
        boolean positive = total >= 10;
        return new AssessmentResult(total, severity, positive, List.of(),
                positive ? List.of("Review with the provider: GAD-7 of " + total + " suggests an anxiety disorder") : List.of(),
                List.of());
    }
}
