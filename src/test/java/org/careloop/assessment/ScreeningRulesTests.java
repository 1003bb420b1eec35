package org.careloop.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import ca.uhn.fhir.context.FhirContext;
import org.careloop.InvalidRequest;
import org.careloop.fhir.ShippedInstruments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The screening instruments score themselves as the published scoring rules say. */
class ScreeningRulesTests {

    static final Assessor ASSESSOR = ShippedInstruments.assessor(FhirContext.forR4Cached());

    static List<Answer> scores(int... scores) {
        return IntStream.of(scores).mapToObj(Answer::score).toList();
    }

    static List<Answer> ahc(String housing, List<String> problems, String foodWorry, String foodLast, String transport,
                            String utilities, String hurt, String insult, String threaten, String scream) {
        List<Answer> answers = new ArrayList<>();
        answers.add(Answer.code(housing));
        answers.add(new Answer(null, problems));
        for (String code : List.of(foodWorry, foodLast, transport, utilities, hurt, insult, threaten, scream)) {
            answers.add(Answer.code(code));
        }
        return answers;
    }

    @ParameterizedTest(name = "PHQ-9 total {0} is {1}")
    @CsvSource({"0,minimal,false", "4,minimal,false", "5,mild,false", "9,mild,false", "10,moderate,true",
            "14,moderate,true", "15,moderately severe,true", "19,moderately severe,true", "20,severe,true", "24,severe,true"})
    void phq9SeverityBands(int total, String severity, boolean positive) {
        int[] items = new int[9];
        for (int i = 0, left = total; i < 8 && left > 0; i++) {
            items[i] = Math.min(3, left);
            left -= items[i];
        }
        AssessmentResult result = ASSESSOR.assess("PHQ-9", scores(items)).result();
        assertThat(result.score()).isEqualTo(total);
        assertThat(result.severity()).isEqualTo(severity);
        assertThat(result.positive()).isEqualTo(positive);
        assertThat(result.flags()).doesNotContain(AssessmentResult.SUICIDE_RISK);
    }

    @Test
    void phq9ItemNineRaisesSuicideRiskWhateverTheTotal() {
        AssessmentResult result = ASSESSOR.assess("PHQ-9", scores(0, 0, 0, 0, 0, 0, 0, 0, 1)).result();
        assertThat(result.score()).isEqualTo(1);
        assertThat(result.severity()).isEqualTo("minimal");
        assertThat(result.flags()).containsExactly(AssessmentResult.SUICIDE_RISK);
        assertThat(result.followUps()).anyMatch(f -> f.startsWith("Same-day suicide-risk assessment by a nurse"));
    }

    @ParameterizedTest(name = "PHQ-2 of {0}+{1} asks for a PHQ-9: {2}")
    @CsvSource({"0,0,false", "1,1,false", "2,0,false", "2,1,true", "3,3,true"})
    void phq2OfThreeOrMoreAsksForPhq9(int first, int second, boolean positive) {
        AssessmentResult result = ASSESSOR.assess("phq2", scores(first, second)).result();
        assertThat(result.positive()).isEqualTo(positive);
        assertThat(result.followUps().stream().anyMatch(f -> f.contains("PHQ-9"))).isEqualTo(positive);
    }

    @ParameterizedTest(name = "GAD-7 total {0} is {1}")
    @CsvSource({"4,minimal,false", "5,mild,false", "9,mild,false", "10,moderate,true", "14,moderate,true", "15,severe,true", "21,severe,true"})
    void gad7SeverityBands(int total, String severity, boolean positive) {
        int[] items = new int[7];
        for (int i = 0, left = total; i < 7 && left > 0; i++) {
            items[i] = Math.min(3, left);
            left -= items[i];
        }
        AssessmentResult result = ASSESSOR.assess("GAD-7", scores(items)).result();
        assertThat(result.severity()).isEqualTo(severity);
        assertThat(result.positive()).isEqualTo(positive);
    }

    @Test
    void wrongAnswerCountIsRefused() {
        assertThatThrownBy(() -> ASSESSOR.assess("PHQ-9", scores(0, 1, 2)))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).fields()).containsKey("answers"));
    }

    @Test
    void outOfRangeAnswerNamesTheItem() {
        assertThatThrownBy(() -> ASSESSOR.assess("PHQ-9", scores(0, 1, 2, 3, 4, 0, 0, 0, 0)))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).fields())
                        .containsOnlyKeys("answers[4]")
                        .hasEntrySatisfying("answers[4]", message -> assertThat(message)
                                .startsWith("item 5 (Poor appetite or overeating) allows a score from 0 to 3")));
    }

    @Test
    void ahcWithNoNeedsIsNegative() {
        AssessmentResult result = ASSESSOR.assess("AHC HRSN", ahc("steady-place", List.of("none"), "never-true", "never-true",
                "no", "no", "never", "never", "never", "never")).result();
        assertThat(result.positive()).isFalse();
        assertThat(result.needs()).isEmpty();
        assertThat(result.flags()).isEmpty();
    }

    @Test
    void ahcPositivesBecomeSocialNeeds() {
        AssessmentResult result = ASSESSOR.assess("AHC HRSN", ahc("worried-about-losing", List.of("mold", "pests"),
                "sometimes-true", "never-true", "yes", "already-shut-off", "never", "never", "never", "never")).result();
        assertThat(result.positive()).isTrue();
        assertThat(result.needs()).extracting(AssessmentResult.SocialNeed::domain)
                .containsExactly("housing-instability", "housing-quality", "food-insecurity", "transportation", "utilities");
    }

    @Test
    void interpersonalSafetyIsPositiveAboveTen() {
        AssessmentResult atTen = ASSESSOR.assess("AHC HRSN", ahc("steady-place", List.of("none"), "never-true", "never-true",
                "no", "no", "never", "frequently", "sometimes", "rarely")).result();
        assertThat(atTen.score()).isEqualTo(1 + 5 + 3 + 2);
        assertThat(atTen.needs()).extracting(AssessmentResult.SocialNeed::domain).containsExactly("interpersonal-safety");

        AssessmentResult belowCutOff = ASSESSOR.assess("AHC HRSN", ahc("steady-place", List.of("none"), "never-true", "never-true",
                "no", "no", "never", "fairly-often", "sometimes", "rarely")).result();
        assertThat(belowCutOff.score()).isEqualTo(10);
        assertThat(belowCutOff.needs()).isEmpty();
    }

    @Test
    void anyPhysicalHurtIsFlaggedEvenBelowTheCutOff() {
        AssessmentResult result = ASSESSOR.assess("AHC HRSN", ahc("steady-place", List.of("none"), "never-true", "never-true",
                "no", "no", "rarely", "never", "never", "never")).result();
        assertThat(result.score()).isEqualTo(5);
        assertThat(result.needs()).isEmpty();
        assertThat(result.flags()).containsExactly(AssessmentResult.INTERPERSONAL_VIOLENCE);
        assertThat(result.followUps().get(0)).contains("below the cut-off");
    }

    @Test
    void ahcAnswerThatIsNotAnOptionNamesTheItem() {
        assertThatThrownBy(() -> ASSESSOR.assess("AHC HRSN", ahc("castle", List.of("none"), "never-true", "never-true",
                "no", "no", "never", "never", "never", "never")))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).fields()).containsOnlyKeys("answers[0]"));
    }

    @Test
    void initialAssessmentTurnsAnswersIntoFollowUps() {
        List<Answer> answers = new ArrayList<>(List.of(Answer.code("yes"), Answer.code("no"), Answer.code("no"),
                Answer.code("needs-help"), Answer.code("independent"), Answer.code("yes"), Answer.code("no"),
                Answer.code("no"), Answer.code("yes"), Answer.code("yes"), Answer.code("no"), Answer.code("yes"),
                Answer.code("no")));
        AssessmentResult result = ASSESSOR.assess("Comprehensive CCM initial assessment", answers).result();
        assertThat(result.followUps()).containsExactly(
                "Review the recent emergency or hospital visit and its follow-up",
                "Functional help needed (Bathing, dressing, eating, toileting and moving about the home (activities of daily living)): consider home health or community services",
                "Fall-risk review; consider physical therapy or a home safety check",
                "Discuss an advance directive and record the health care proxy");
    }
}
