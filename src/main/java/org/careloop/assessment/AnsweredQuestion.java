package org.careloop.assessment;

import java.util.List;

/** A question with the choice(s) the patient made, as stored with the response. */
public record AnsweredQuestion(String linkId, String text, List<Instrument.Choice> chosen) {

    public AnsweredQuestion {
        chosen = List.copyOf(chosen);
    }

    public int score() {
        return chosen.stream().mapToInt(choice -> choice.score() == null ? 0 : choice.score()).sum();
    }

    public boolean chose(String code) {
        return chosen.stream().anyMatch(choice -> choice.code().equals(code));
    }
}
