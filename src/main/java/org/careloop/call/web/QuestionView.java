package org.careloop.call.web;

import java.util.ArrayList;
import java.util.List;

import org.careloop.assessment.Answer;
import org.careloop.assessment.Instrument;

/**
 * One question of an instrument as the form shows it: numbered from 1, answered by item score where every choice
 * carries a distinct score (PHQ, GAD), otherwise by answer code (AHC HRSN, the initial assessment).
 */
record QuestionView(int number, String text, boolean multiple, boolean scored, List<Option> options) {

    /** One allowed answer: the value the form sends and what the care manager reads. */
    record Option(String value, String display) {
    }

    static List<QuestionView> of(Instrument instrument) {
        List<QuestionView> views = new ArrayList<>();
        for (int i = 0; i < instrument.questions().size(); i++) {
            Instrument.Question question = instrument.questions().get(i);
            boolean scored = scored(question);
            views.add(new QuestionView(i + 1, question.text(), question.multiple(), scored, question.choices().stream()
                    .map(choice -> new Option(scored ? String.valueOf(choice.score()) : choice.code(), choice.display()))
                    .toList()));
        }
        return views;
    }

    /** The patient's answer as the assessment module takes it; null when the question was left unanswered. */
    Answer answer(List<String> values) {
        List<String> given = values == null ? List.of()
                : values.stream().filter(value -> value != null && !value.isBlank()).toList();
        if (given.isEmpty()) {
            return null;
        }
        if (scored) {
            try {
                return Answer.score(Integer.parseInt(given.get(0)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new Answer(null, given);
    }

    private static boolean scored(Instrument.Question question) {
        return !question.multiple() && question.choices().stream().allMatch(choice -> choice.score() != null)
                && question.choices().stream().map(Instrument.Choice::score).distinct().count()
                == question.choices().size();
    }
}
