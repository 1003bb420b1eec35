package org.careloop.adt.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.adt.FeedMessage;
import org.careloop.adt.FeedSource;
import org.careloop.adt.FeedSourceDetails;
import org.careloop.adt.FeedSources;
import org.careloop.adt.HospitalFeed;
import org.careloop.adt.UnmatchedItem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The hospital feeds (HL7 v2 ADT over MLLP) of the caller's practices: senders, messages and the work queue. */
@RestController
@RequestMapping("/api/adt")
@Tag(name = "Hospital feeds")
class FeedController {

    /** The patient a person chose for a queued message, and the version of the item read. */
    record Match(UUID patientId, Integer version) {
    }

    private final FeedSources sources;
    private final HospitalFeed feed;

    FeedController(FeedSources sources, HospitalFeed feed) {
        this.sources = sources;
        this.feed = feed;
    }

    @GetMapping("/sources")
    @Operation(summary = "The registered senders (MSH-3/MSH-4) of your practices, or of one (practiceId)")
    List<FeedSource> sources(@RequestParam(required = false) UUID practiceId) {
        return sources.list(practiceId);
    }

    @PostMapping("/sources")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a sender to a practice (admin): name, sendingApplication, sendingFacility,"
            + " assigningAuthority of its MRNs in PID-3, identifierSystem they are known under (empty: the practice MRN)")
    FeedSource register(@RequestBody FeedSourceDetails details) {
        return sources.register(details);
    }

    @PutMapping("/sources/{sourceId}")
    @Operation(summary = "Revise a sender (admin), with the version read")
    FeedSource revise(@PathVariable UUID sourceId, @RequestBody FeedSourceDetails details) {
        return sources.revise(sourceId, details);
    }

    @GetMapping("/messages")
    @Operation(summary = "The latest messages of your practices, newest first, with the answer each got")
    List<FeedMessage> messages(@RequestParam(required = false) UUID practiceId) {
        return feed.latest(practiceId);
    }

    @GetMapping("/unmatched")
    @Operation(summary = "The work queue: messages no single patient matched, oldest first")
    List<UnmatchedItem> unmatched(@RequestParam(required = false) UUID practiceId) {
        return feed.unmatched(practiceId);
    }

    @PostMapping("/unmatched/{itemId}/match")
    @Operation(summary = "Match a queued message to the patient you chose (patientId, version); it is then reported")
    UnmatchedItem match(@PathVariable UUID itemId, @RequestBody Match match) {
        return feed.match(itemId, match.patientId(), match.version());
    }
}
