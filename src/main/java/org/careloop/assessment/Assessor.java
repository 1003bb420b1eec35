package org.careloop.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careloop.InvalidRequest;
import org.careloop.assessment.internal.ScoringPolicy;
import org.springframework.stereotype.Service;

/**
 * Checks a patient's answers against the instrument and scores them. Answers come in the instrument's question
 * order; a wrong count or an answer the question does not allow is refused, naming the item.
 */
@Service
public class Assessor {

    /** The instrument, the answers as understood, and the result. */
    public record Scored(Instrument instrument, List<AnsweredQuestion> answers, AssessmentResult result) {
    }

    private final Instruments instruments;
    private final List<ScoringPolicy> policies;

    public Assessor(Instruments instruments, List<ScoringPolicy> policies) {
        this.instruments = instruments;
        this.policies = policies;
    }

    public Scored assess(String instrumentName, List<Answer> answers) {
        Instrument instrument = instruments.named(instrumentName).orElseThrow(() -> new InvalidRequest(
                "Unknown instrument " + instrumentName, Map.of("instrument", "must be one of "
                        + String.join(", ", instruments.all().stream().map(Instrument::title).toList()))));
        List<AnsweredQuestion> understood = understand(instrument, answers == null ? List.of() : answers);
        ScoringPolicy policy = policies.stream().filter(p -> p.instruments().contains(instrument.code())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No scoring policy for " + instrument.code()));
        return new Scored(instrument, understood, policy.score(instrument.code(), understood));
    }

    private static List<AnsweredQuestion> understand(Instrument instrument, List<Answer> answers) {
        List<Instrument.Question> questions = instrument.questions();
        if (answers.size() != questions.size()) {
            throw new InvalidRequest(instrument.title() + " has " + questions.size() + " questions but "
                    + answers.size() + " answers were given",
                    Map.of("answers", "must hold " + questions.size() + " answers, one per question in order"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        List<AnsweredQuestion> understood = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Instrument.Question question = questions.get(i);
            Optional<List<Instrument.Choice>> chosen = choices(question, answers.get(i));
            if (chosen.isEmpty()) {
                problems.put("answers[" + i + "]", "item " + (i + 1) + " (" + question.text() + ") allows "
                        + allowed(question));
            } else {
                understood.add(new AnsweredQuestion(question.linkId(), question.text(), chosen.get()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Some answers are not allowed by " + instrument.title(), problems);
        }
        return understood;
    }

    private static Optional<List<Instrument.Choice>> choices(Instrument.Question question, Answer answer) {
        if (answer == null) {
            return Optional.empty();
        }
        if (answer.score() != null) {
            return question.choiceWithScore(answer.score()).map(List::of);
        }
        if (answer.codes().isEmpty() || (!question.multiple() && answer.codes().size() > 1)) {
            return Optional.empty();
        }
        List<Instrument.Choice> chosen = new ArrayList<>();
        for (String code : answer.codes()) {
            Optional<Instrument.Choice> choice = question.choice(code);
            if (choice.isEmpty()) {
                return Optional.empty();
            }
            chosen.add(choice.get());
        }
        return Optional.of(chosen);
    }

    private static String allowed(Instrument.Question question) {
        boolean scored = question.choices().stream().allMatch(choice -> choice.score() != null)
                && question.choices().stream().noneMatch(c -> c.code().matches("[a-z-]+"));
        if (scored) {
            int min = question.choices().stream().mapToInt(Instrument.Choice::score).min().orElse(0);
            int max = question.choices().stream().mapToInt(Instrument.Choice::score).max().orElse(0);
            return "a score from " + min + " to " + max;
        }
        return (question.multiple() ? "one or more of " : "one of ")
                + String.join(", ", question.choices().stream().map(Instrument.Choice::code).toList());
    }
}
