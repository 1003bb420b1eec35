package org.careloop.adt;

import java.util.OptionalInt;

/** The MLLP port CareLoop listens on for hospital feeds, while it listens ({@code careloop.adt.mllp.enabled}). */
public interface FeedListener {

    /** The port bound (the one chosen by the system when configured as 0); empty when not listening. */
    OptionalInt port();
}
