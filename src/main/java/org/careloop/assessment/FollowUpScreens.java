package org.careloop.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which screen a positive screen asks for: a PHQ-2 of 3 or more asks for a PHQ-9 the same day (the two-step
 * depression screen), and the PHQ-9 given afterwards is the follow-up that closes the open PHQ-2. This is the one
 * place the pairing is written: {@link Assessments} closes the earlier screen, the call page brings up the next one.
 */
final class FollowUpScreens {

    /** Screen → the instrument its positive result asks for. */
    private static final Map<String, String> NEXT = Map.of("phq-2", "phq-9");

    private FollowUpScreens() {
    }

    /** The instrument a positive result of {@code instrument} asks for, if any. */
    static Optional<String> askedFor(String instrument, boolean positive) {
        return positive ? Optional.ofNullable(NEXT.get(instrument)) : Optional.empty();
    }

    /** The screens whose open positive results {@code instrument}, once given, follows up. */
    static List<String> followedUpBy(String instrument) {
        return NEXT.entrySet().stream().filter(e -> e.getValue().equals(instrument)).map(Map.Entry::getKey).toList();
    }
}
