package org.careloop.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careloop.assessment.AnsweredQuestion;
import org.careloop.assessment.AssessmentResult;
import org.springframework.stereotype.Component;

/**
 * The comprehensive initial CCM assessment is not scored; it turns answers into the follow-ups the care plan
 * should carry (CMS scope of service: systematic assessment of medical, functional and psychosocial needs).
 */
@Component
class InitialAssessmentReview implements ScoringPolicy {

    private static final Map<String, String> WHEN_YES = Map.of(
            "medical-hospital", "Review the recent emergency or hospital visit and its follow-up",
            "medical-medications", "Reconcile medications and address adherence or cost",
            "medical-symptoms", "Tell the provider which conditions are getting harder to manage",
            "functional-falls", "Fall-risk review; consider physical therapy or a home safety check",
            "psychosocial-mood", "Screen for depression with the PHQ-9",
            "psychosocial-isolation", "Look for community and social support",
            "caregiver-strain", "Support the caregiver: respite and caregiver resources");

    private static final Map<String, String> WHEN_NO = Map.of(
            "environment-safety", "Arrange a home safety assessment",
            "goals-priority", "Ask the patient what matters most and write it into the care plan goals",
            "advance-directive", "Discuss an advance directive and record the health care proxy");

    @Override
    public List<String> instruments() {
        return List.of("ccm-initial");
    }

    @Override
    public AssessmentResult score(String instrument, List<AnsweredQuestion> answers) {
        List<String> followUps = new ArrayList<>();
        for (AnsweredQuestion answer : answers) {
            if (answer.chose("yes") && WHEN_YES.containsKey(answer.linkId())) {
                followUps.add(WHEN_YES.get(answer.linkId()));
            }
            if (answer.chose("no") && WHEN_NO.containsKey(answer.linkId())) {
                followUps.add(WHEN_NO.get(answer.linkId()));
            }
            if (answer.linkId().startsWith("functional-") && !answer.chose("independent") && !answer.chose("yes")
                    && !answer.chose("no")) {
                followUps.add("Functional help needed (" + answer.text().replaceFirst("^Functional: ", "")
                        + "): consider home health or community services");
            }
        }
        return new AssessmentResult(null, followUps.isEmpty() ? "no needs found" : followUps.size() + " follow-ups",
                !followUps.isEmpty(), List.of(), followUps, List.of());
    }
}
