package org.careloop.medication;

import java.util.Locale;

/** What gets in the way of taking a medication, as the patient tells it. */
public enum AdherenceBarrier {
    COST, SIDE_EFFECTS, FORGETTING, ACCESS;

    /** The barrier as a care manager says it: "side effects". */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
