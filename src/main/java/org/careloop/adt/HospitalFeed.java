package org.careloop.adt;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.adt.internal.AdtIntake;
import org.careloop.adt.internal.ReceivedMessages;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.patient.PatientGate;
import org.careloop.transition.HospitalEncounterReported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the hospital feeds brought a practice, for its administrators and care managers: the latest messages with the
 * answer each got, and the work queue of messages no single patient matched. A person resolves an item by choosing the
 * patient; the message is then reported for that patient exactly as a matched one is. Everything is scoped to the
 * caller's practices: another practice's item is answered like a missing one.
 */
@Service
public class HospitalFeed {

    static final String RESOURCE = "AdtMessage";
    static final int LATEST = 200;

    private final ReceivedMessages messages;
    private final AdtIntake intake;
    private final Callers callers;
    private final PatientGate gate;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    HospitalFeed(ReceivedMessages messages, AdtIntake intake, Callers callers, PatientGate gate,
                 ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.messages = messages;
        this.intake = intake;
        this.callers = callers;
        this.gate = gate;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The latest messages of one of the caller's practices (all of them when null), newest first. */
    public List<FeedMessage> latest(UUID practiceId) {
        UUID[] practices = practices(feedReader(), practiceId);
        return gate.listed(AuditAction.READ, RESOURCE, messages.recent(practices, LATEST),
                m -> new PatientGate.Listed(m.patientId(), m.practiceId(), m.id()));
    }

    /** The open work queue of one of the caller's practices (all of them when null), oldest first. */
    public List<UnmatchedItem> unmatched(UUID practiceId) {
        UUID[] practices = practices(feedReader(), practiceId);
        return gate.listed(AuditAction.READ, RESOURCE, messages.items(practices, true),
                item -> new PatientGate.Listed(null, item.practiceId(), item.messageId()));
    }

    /**
     * Matches a queued message to the patient a person chose, if the item is still open at {@code version}: the
     * patient must be one of the practice the hospital sent the message to. The message is then reported for the
     * patient ({@link HospitalEncounterReported}). A matched item refuses a second match, naming its patient.
     */
    public UnmatchedItem match(UUID itemId, UUID patientId, Integer version) {
        Caller caller = feedReader();
        Map<String, String> problems = new LinkedHashMap<>();
        if (patientId == null) {
            problems.put("patientId", "is required: the patient the message is about");
        }
        if (version == null) {
            problems.put("version", "is required: the version of the item you read");
        }
        UnmatchedItem item = messages.item(itemId, caller.practiceArray())
                .orElseThrow(() -> gate.refuse(AuditAction.UPDATE, RESOURCE, itemId, "No unmatched message " + itemId));
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        return gate.change(patientId, AuditAction.UPDATE, RESOURCE, item.messageId(), access -> {
            if (!access.practiceId().equals(item.practiceId())) {
                throw new InvalidRequest("Invalid patientId", Map.of("patientId",
                        "must be a patient of the practice the hospital sent the message to"));
            }
            refuseIfMatched(item);
            HospitalEncounterReported report = intake.reportForPerson(item, patientId);
            transaction.executeWithoutResult(status -> {
                if (!messages.match(itemId, version, patientId, caller.userId(), clock.instant())) {
                    UnmatchedItem now = messages.item(itemId, caller.practiceArray()).orElseThrow();
                    refuseIfMatched(now);
                    throw new StaleVersion("The queued message " + itemId + " was changed since version " + version
                            + "; reload it", now.version());
                }
                events.publishEvent(report);
            });
            return messages.item(itemId, caller.practiceArray()).orElseThrow();
        });
    }

    private static void refuseIfMatched(UnmatchedItem item) {
        if (!"OPEN".equals(item.status())) {
            throw new RefusedTransition("The message is already matched to patient " + item.patientId() + " (since "
                    + item.matchedAt() + "); it cannot be matched again");
        }
    }

    /** Administrators and care managers read the feed and work its queue. */
    private Caller feedReader() {
        Caller caller = callers.current();
        if (!caller.hasRole(Role.ADMIN) && !caller.hasRole(Role.CARE_MANAGER)) {
            throw new AccessDeniedException("Only administrators and care managers work the hospital feed");
        }
        return caller;
    }

    private static UUID[] practices(Caller caller, UUID practiceId) {
        if (practiceId == null) {
            return caller.practiceArray();
        }
        if (!caller.worksIn(practiceId)) {
            throw new NotFound("No practice " + practiceId);
        }
        return new UUID[] {practiceId};
    }
}
