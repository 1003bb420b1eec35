package org.careloop.assessment;

import java.util.List;

/**
 * What the patient answered to one question: an item score (PHQ, GAD: 0 to 3) or the code(s) of the chosen
 * answer(s) (AHC HRSN, the initial assessment).
 */
public record Answer(Integer score, List<String> codes) {

    public Answer {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    public static Answer score(int score) {
        return new Answer(score, List.of());
    }

    public static Answer code(String... codes) {
        return new Answer(null, List.of(codes));
    }
}
