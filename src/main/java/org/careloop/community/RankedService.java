package org.careloop.community;

import java.util.List;

/**
 * A service found by a search, with where it stands and why, in words a care manager reads ("Serves ZIP 01844",
 * "Speaks Spanish", "Open now"). {@code area} is how close it is to the person's ZIP code.
 */
public record RankedService(CommunityService service, Area area, boolean speaksLanguage, Boolean openNow,
                            List<String> reasons) {

    public RankedService {
        reasons = List.copyOf(reasons);
    }

    /** How close the service is to the person's ZIP code, nearest first. */
    public enum Area {
        /** Its service area lists the ZIP code (or no ZIP code was given). */
        SERVES_ZIP,
        /** One of its places is in the ZIP code. */
        IN_ZIP,
        /** A place, or a ZIP code it serves, shares the ZIP code's first three digits (the same postal area). */
        NEARBY,
        /** None of the above. */
        ELSEWHERE
    }

    /** The reasons as one line. */
    public String explanation() {
        return String.join(" · ", reasons);
    }
}
