package org.careloop.assessment.internal;

import java.util.List;
import java.util.Map;

import org.careloop.InvalidRequest;
import org.careloop.assessment.AnsweredQuestion;
import org.careloop.assessment.AssessmentResult;
import org.springframework.stereotype.Component;

/**
 * The NIMH Ask Suicide-Screening Questions (ASQ), public domain. Questions 1 to 4 are yes/no; any yes is a positive
 * screen and the acuity question 5 ("thoughts of killing yourself right now?") is then asked. A yes to question 5 is
 * an acute positive screen (imminent risk: STAT safety evaluation, the patient is not left alone, the provider is
 * told at once, 988 or 911); otherwise a positive screen is non-acute (a brief suicide safety assessment before the
 * patient is left, provider told). All no is negative. CareLoop's own conservative rule, not the toolkit's wording:
 * a declined answer counts as a yes, so a refusal never reads as a negative screen.
 */
@Component
class SuicideRiskScreening implements ScoringPolicy {

    static final String ACUTE = "acute positive";
    static final String NON_ACUTE = "non-acute positive";
    static final String NEGATIVE = "negative";

    @Override
    public List<String> instruments() {
        return List.of("asq");
    }

    @Override
    public AssessmentResult score(String instrument, List<AnsweredQuestion> answers) {
        boolean screenPositive = answers.subList(0, 4).stream().anyMatch(SuicideRiskScreening::yesOrDeclined);
        AnsweredQuestion acuity = answers.get(4);
        if (screenPositive && acuity.chose("not-asked")) {
            throw new InvalidRequest("The ASQ acuity question was not asked", Map.of("answers[4]",
                    "question 5 must be asked when any of questions 1 to 4 is yes or declined"));
        }
        if (yesOrDeclined(acuity)) {
            return new AssessmentResult(null, ACUTE, true,
                    List.of(AssessmentResult.SUICIDE_RISK, AssessmentResult.IMMINENT_SUICIDE_RISK),
                    List.of("Imminent risk: do not leave the patient alone and keep them on the line; tell the provider now "
                                    + "for a STAT safety evaluation; call 911 for emergency help or connect to 988",
                            "Give the 988 Suicide & Crisis Lifeline (call or text 988) and the crisis resources"),
                    List.of());
        }
        if (screenPositive) {
            return new AssessmentResult(null, NON_ACUTE, true, List.of(AssessmentResult.SUICIDE_RISK),
                    List.of("Brief suicide safety assessment today by a trained clinician before the patient is left; "
                                    + "tell the provider",
                            "Give the 988 Suicide & Crisis Lifeline (call or text 988); if risk becomes imminent use 988 or 911"),
                    List.of());
        }
        return new AssessmentResult(null, NEGATIVE, false, List.of(), List.of(), List.of());
    }

    private static boolean yesOrDeclined(AnsweredQuestion answer) {
        return answer.chose("yes") || answer.chose("declined");
    }
}
