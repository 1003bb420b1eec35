package org.careloop.adt;

import java.util.List;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.parser.PipeParser;
import org.careloop.adt.internal.Hl7;

/**
 * What HAPI's parser alone does with a feed's messages, configured as CareLoop's listener reads them: the yardstick
 * the ADT benchmark sets its MLLP rate (framing, parsing, matching, storing, answering) beside.
 */
public final class BareParse {

    private BareParse() {
    }

    /** Messages parsed per second over {@code rounds} passes through the list, after one pass to warm up. */
    public static double messagesPerSecond(List<String> messages, int rounds) {
        PipeParser parser = Hl7.lenientContext().getPipeParser();
        try {
            for (String message : messages) {
                parser.parse(message);
            }
            long started = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                for (String message : messages) {
                    parser.parse(message);
                }
            }
            return (double) messages.size() * rounds / ((System.nanoTime() - started) / 1e9);
        } catch (HL7Exception e) {
            throw new IllegalArgumentException("HAPI cannot parse one of the messages: " + e.getMessage(), e);
        }
    }
}
