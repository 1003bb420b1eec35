package org.careloop.fhir.importing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** What importing one bundle did, entry by entry. */
public record ImportOutcome(String bundleType, List<EntryOutcome> entries, List<UUID> patients, long bytes) {

    public enum Status {
        CREATED("201 Created"), PRESENT("200 OK"), FOLDED("204 Not kept"), NOT_KEPT("204 Not kept"),
        /** A device reading already stored: kept once. */
        DUPLICATE("200 OK"),
        /** A device reading refused, with the reason. */
        REFUSED("422 Unprocessable Entity");

        final String http;

        Status(String http) {
            this.http = http;
        }

        boolean kept() {
            return this == CREATED || this == PRESENT;
        }
    }

    /** One entry: what became of it and, when kept, where it now lives ({@code Type/id}). */
    public record EntryOutcome(int index, String fullUrl, String resourceType, Status status, String location,
                               String problem) {

        public EntryOutcome(int index, String fullUrl, String resourceType, Status status, String location) {
            this(index, fullUrl, resourceType, status, location, null);
        }
    }

    public Map<String, Integer> keptByType() {
        return countByType(true);
    }

    public Map<String, Integer> notKeptByType() {
        return countByType(false);
    }

    public long created() {
        return entries.stream().filter(e -> e.status() == Status.CREATED).count();
    }

    public long withStatus(Status status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    public int kept() {
        return (int) entries.stream().filter(e -> e.status().kept()).count();
    }

    private Map<String, Integer> countByType(boolean kept) {
        Map<String, Integer> counts = new TreeMap<>();
        entries.stream().filter(e -> e.status().kept() == kept && e.status() != Status.DUPLICATE
                        && e.status() != Status.REFUSED)
                .forEach(e -> counts.merge(e.resourceType(), 1, Integer::sum));
        return counts;
    }
}
