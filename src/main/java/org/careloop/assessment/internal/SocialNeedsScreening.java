package org.careloop.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careloop.assessment.AnsweredQuestion;
import org.careloop.assessment.AssessmentResult;
import org.careloop.assessment.AssessmentResult.SocialNeed;
import org.springframework.stereotype.Component;

/**
 * The CMS AHC HRSN core screen. Positive per domain: housing (no steady place, or worried about losing it; or any
 * housing problem), food ("often" or "sometimes true" on either question), transportation (yes), utilities (yes or
 * already shut off), interpersonal safety (the four frequency items sum to more than 10). Because most people who
 * report physical violence score under 11 (De Marchis et al.), any answer other than "never" to "physically
 * hurt" is flagged for review even below the cut-off.
 */
@Component
class SocialNeedsScreening implements ScoringPolicy {

    @Override
    public List<String> instruments() {
        return List.of("ahc-hrsn");
    }

    @Override
    public AssessmentResult score(String instrument, List<AnsweredQuestion> answers) {
        Map<String, AnsweredQuestion> byId = new java.util.HashMap<>();
        answers.forEach(answer -> byId.put(answer.linkId(), answer));
        List<SocialNeed> needs = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        List<String> followUps = new ArrayList<>();

        AnsweredQuestion housing = byId.get("housing");
        if (housing.chose("no-steady-place") || housing.chose("worried-about-losing")) {
            needs.add(new SocialNeed("housing-instability", housing.chose("no-steady-place")
                    ? "No steady place to live" : "Worried about losing housing"));
        }
        List<String> problems = byId.get("housing-problems").chosen().stream()
                .filter(choice -> !choice.code().equals("none")).map(choice -> choice.display().toLowerCase()).toList();
        if (!problems.isEmpty()) {
            needs.add(new SocialNeed("housing-quality", "Housing problems: " + String.join(", ", problems)));
        }
        if (insecure(byId.get("food-worry")) || insecure(byId.get("food-did-not-last"))) {
            needs.add(new SocialNeed("food-insecurity", "Food ran out or was feared to run out in the past 12 months"));
        }
        if (byId.get("transportation").chose("yes")) {
            needs.add(new SocialNeed("transportation", "Lack of reliable transportation kept the patient from care or daily needs"));
        }
        AnsweredQuestion utilities = byId.get("utilities");
        if (utilities.chose("yes") || utilities.chose("already-shut-off")) {
            needs.add(new SocialNeed("utilities", utilities.chose("already-shut-off")
                    ? "Utilities already shut off" : "Utility company threatened to shut off services"));
        }
        int safety = byId.get("physically-hurt").score() + byId.get("insult").score()
                + byId.get("threaten").score() + byId.get("scream-curse").score();
        if (safety > 10) {
            needs.add(new SocialNeed("interpersonal-safety", "Interpersonal safety score " + safety + " (more than 10)"));
        }
        if (!byId.get("physically-hurt").chose("never")) {
            flags.add(AssessmentResult.INTERPERSONAL_VIOLENCE);
            followUps.add("Review safety today: the patient reports being physically hurt ("
                    + byId.get("physically-hurt").chosen().get(0).display().toLowerCase() + ")"
                    + (safety > 10 ? "" : ", although the safety score of " + safety + " is below the cut-off"));
        }
        needs.forEach(need -> followUps.add("Connect with community resources for " + need.domain().replace('-', ' ')));
        boolean positive = !needs.isEmpty();
        return new AssessmentResult(safety, positive ? needs.size() + " social need" + (needs.size() > 1 ? "s" : "") : "no social needs",
                positive, flags, followUps, needs);
    }

    private static boolean insecure(AnsweredQuestion answer) {
        return answer.chose("often-true") || answer.chose("sometimes-true");
    }
}
