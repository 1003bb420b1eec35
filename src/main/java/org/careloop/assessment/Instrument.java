package org.careloop.assessment;

import java.util.List;
import java.util.Optional;

/**
 * A screening or assessment instrument as CareLoop uses it: its questions in order and the answers each allows,
 * with the score an answer carries where the instrument is scored. Instruments are data (FHIR Questionnaire
 * resources), translated at the edge.
 */
public record Instrument(String code, String title, String loincPanel, String description, List<Question> questions) {

    public Instrument {
        questions = List.copyOf(questions);
    }

    /** One question; {@code multiple} when more than one answer may be checked. */
    public record Question(String linkId, String loinc, String text, boolean multiple, List<Choice> choices) {

        public Question {
            choices = List.copyOf(choices);
        }

        public Optional<Choice> choiceWithScore(int score) {
            return choices.stream().filter(choice -> choice.score() != null && choice.score() == score).findFirst();
        }

        public Optional<Choice> choice(String code) {
            return choices.stream().filter(choice -> choice.code().equals(code)).findFirst();
        }
    }

    /** An allowed answer, with its score when the instrument is scored. */
    public record Choice(String code, String display, Integer score) {
    }
}
