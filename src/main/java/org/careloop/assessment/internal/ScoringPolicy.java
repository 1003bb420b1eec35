package org.careloop.assessment.internal;

import java.util.List;

import org.careloop.assessment.AnsweredQuestion;
import org.careloop.assessment.AssessmentResult;

/** How one instrument's answers turn into a result. */
public interface ScoringPolicy {

    /** The instrument ids this policy scores, such as {@code phq-9}. */
    List<String> instruments();

    AssessmentResult score(String instrument, List<AnsweredQuestion> answers);
}
