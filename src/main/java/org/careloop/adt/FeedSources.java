package org.careloop.adt;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.StaleVersion;
import org.careloop.adt.internal.RegisteredSenders;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditOutcome;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.patient.PatientGate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hospitals registered to send a practice its ADT messages, kept by the practice's administrator. A sender
 * (MSH-3 and MSH-4) feeds one practice only, so that the listener knows whose patients a message is about; a message
 * from a sender nobody registered is rejected. Another practice's source is answered like a missing one.
 */
@Service
public class FeedSources {

    static final String RESOURCE = "AdtFeedSource";
    /** HL7's delimiters: a value holding one would be split by every receiver. */
    private static final String DELIMITERS = "|^~\\&";

    private final RegisteredSenders senders;
    private final Callers callers;
    private final PatientGate gate;
    private final Clock clock;

    FeedSources(RegisteredSenders senders, Callers callers, PatientGate gate, Clock clock) {
        this.senders = senders;
        this.callers = callers;
        this.gate = gate;
        this.clock = clock;
    }

    /** The sources of one of the caller's practices, or of all of them when {@code practiceId} is null. */
    public List<FeedSource> list(UUID practiceId) {
        Caller caller = callers.current();
        return senders.ofPractices(practiceId == null ? caller.practiceArray() : new UUID[] {practiceOf(caller, practiceId)});
    }

    /** Registers a sender to one of the administrator's practices. */
    @Transactional
    public FeedSource register(FeedSourceDetails details) {
        Caller caller = administrator();
        UUID practice = details.practiceId() != null ? practiceOf(caller, details.practiceId())
                : onlyPractice(caller);
        FeedSource source = cleaned(details, UUID.randomUUID(), practice, 0);
        refuseProblems(source, null);
        senders.insert(source, caller.userId());
        gate.recordForPractice(AuditAction.CREATE, practice, RESOURCE, source.id(), AuditOutcome.SUCCESS,
                "hospital feed " + source.sender() + " registered");
        return senders.find(source.id()).orElseThrow();
    }

    /** Revises a source if nobody changed it since {@code details.version()}; the practice stays. */
    @Transactional
    public FeedSource revise(UUID sourceId, FeedSourceDetails details) {
        Caller caller = administrator();
        FeedSource current = senders.find(sourceId, caller.practiceArray())
                .orElseThrow(() -> gate.refuse(AuditAction.UPDATE, RESOURCE, sourceId, "No hospital feed " + sourceId));
        if (details.version() == null) {
            throw new InvalidRequest("Invalid version", Map.of("version", "is required: the version you read"));
        }
        FeedSource revised = cleaned(details, sourceId, current.practiceId(), current.version());
        refuseProblems(revised, sourceId);
        if (!senders.update(revised, details.version())) {
            throw new StaleVersion("Hospital feed " + sourceId + " was changed by someone else since version "
                    + details.version() + "; reload it and apply your change again", current.version());
        }
        gate.recordForPractice(AuditAction.UPDATE, current.practiceId(), RESOURCE, sourceId, AuditOutcome.SUCCESS,
                "hospital feed " + revised.sender() + " revised");
        return senders.find(sourceId).orElseThrow();
    }

    private FeedSource cleaned(FeedSourceDetails d, UUID id, UUID practice, int version) {
        return new FeedSource(id, practice, trimmed(d.name()), trimmed(d.sendingApplication()),
                trimmed(d.sendingFacility()), trimmed(d.assigningAuthority()), trimmed(d.identifierSystem()),
                clock.instant(), version);
    }

    private void refuseProblems(FeedSource source, UUID except) {
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "name", source.name(), 200);
        required(problems, "sendingApplication", source.sendingApplication(), 200);
        required(problems, "sendingFacility", source.sendingFacility(), 200);
        for (Map.Entry<String, String> field : Map.of("sendingApplication", nonNull(source.sendingApplication()),
                "sendingFacility", nonNull(source.sendingFacility()),
                "assigningAuthority", nonNull(source.assigningAuthority())).entrySet()) {
            if (field.getValue().chars().anyMatch(c -> DELIMITERS.indexOf(c) >= 0)) {
                problems.putIfAbsent(field.getKey(), "must not contain the HL7 delimiters | ^ ~ \\ &");
            }
        }
        if (source.assigningAuthority() != null && source.assigningAuthority().length() > 200) {
            problems.put("assigningAuthority", "is at most 200 characters");
        }
        if (source.identifierSystem() != null && source.identifierSystem().length() > 255) {
            problems.put("identifierSystem", "is at most 255 characters");
        }
        if (problems.isEmpty() && senders.taken(source.sendingApplication(), source.sendingFacility(), except)) {
            problems.put("sendingFacility", "is already registered with this sending application: each sender feeds"
                    + " one practice");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }

    private static void required(Map<String, String> problems, String field, String value, int longest) {
        if (value == null) {
            problems.put(field, "is required");
        } else if (value.length() > longest) {
            problems.put(field, "is at most " + longest + " characters");
        }
    }

    private Caller administrator() {
        Caller caller = callers.current();
        if (!caller.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only a practice's administrator registers its hospital feeds");
        }
        return caller;
    }

    private static UUID practiceOf(Caller caller, UUID practiceId) {
        if (!caller.worksIn(practiceId)) {
            throw new NotFound("No practice " + practiceId);
        }
        return practiceId;
    }

    private static UUID onlyPractice(Caller caller) {
        if (caller.practiceIds().size() != 1) {
            throw new InvalidRequest("Invalid practiceId",
                    Map.of("practiceId", "is required when you work in more than one practice"));
        }
        return caller.practiceIds().iterator().next();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
