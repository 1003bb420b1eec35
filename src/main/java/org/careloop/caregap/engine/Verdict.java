package org.careloop.caregap.engine;

import java.time.LocalDate;
import java.util.List;

import org.careloop.caregap.GapEvidence;

/**
 * What a rule decided for a patient in the measure's population: {@code met} or not, the evidence it rests on and
 * the explanation. When not met, {@code stoppedCounting} is the first day without qualifying evidence (the day
 * after the last evidence's lookback ran out, or the date of a result that misses the goal); null when there never
 * was any. When met, {@code nextDue} is the last day the evidence counts (null for a completed series).
 */
public record Verdict(boolean met, LocalDate stoppedCounting, LocalDate nextDue, List<GapEvidence> evidence,
                      String explanation) {

    public Verdict {
        evidence = List.copyOf(evidence);
    }

    static Verdict met(LocalDate nextDue, List<GapEvidence> evidence, String explanation) {
        return new Verdict(true, null, nextDue, evidence, explanation);
    }

    static Verdict due(LocalDate stoppedCounting, List<GapEvidence> evidence, String explanation) {
        return new Verdict(false, stoppedCounting, null, evidence, explanation);
    }
}
