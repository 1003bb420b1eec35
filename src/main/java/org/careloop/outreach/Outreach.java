package org.careloop.outreach;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.NotFound;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Callers;
import org.careloop.patient.PatientGate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The care team's contacts with patients. Recording and listing are patient-scoped and audited; the bulk queries
 * for the worklist ({@link #lastContacts}, {@link #reachedIn}) answer for patients the calling module has already
 * scoped, and leave auditing what is shown to that module. Months are calendar months in the practice's time zone
 * (the zone of the injected {@link Clock}).
 */
@Service
public class Outreach {

    static final String RESOURCE = "Interaction";

    private final Interactions interactions;
    private final InteractionRules rules;
    private final PatientGate gate;
    private final Callers callers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Outreach(Interactions interactions, InteractionRules rules, PatientGate gate, Callers callers,
             ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.interactions = interactions;
        this.rules = rules;
        this.gate = gate;
        this.callers = callers;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Records a contact with the patient by the signed-in staff member. */
    public Interaction record(UUID patientId, NewInteraction contact) {
        UUID id = gate.create(patientId, RESOURCE, access -> {
            UUID practice = access.practiceId();
            Instant now = clock.instant();
            rules.refuseProblems(contact, now);
            Interaction interaction = new Interaction(UUID.randomUUID(), patientId, contact.kind(), contact.outcome(),
                    rules.cleanTopics(contact.topics()), blankToNull(contact.notes()), contact.followUpOn(),
                    callers.current().userId(), null, contact.occurredAt() == null ? now : contact.occurredAt(), now);
            transaction.executeWithoutResult(status -> {
                interactions.insert(interaction, practice);
                events.publishEvent(new InteractionRecorded(interaction.id(), patientId, practice,
                        interaction.staffId(), interaction.kind(), interaction.outcome(), interaction.occurredAt(),
                        interaction.followUpOn()));
            });
            return interaction.id();
        }, created -> created);
        return interactions.find(id).orElseThrow();
    }

    /** The patient's contacts, newest first. */
    public List<Interaction> history(UUID patientId) {
        gate.open(patientId, AuditAction.READ, RESOURCE);
        return interactions.ofPatient(patientId);
    }

    /** One of the patient's contacts (to hand it over, say); another patient's or a missing one is not found. */
    public Interaction interaction(UUID patientId, UUID interactionId) {
        gate.open(patientId, AuditAction.READ, RESOURCE, interactionId);
        return interactions.find(interactionId).filter(found -> found.patientId().equals(patientId))
                .orElseThrow(() -> new NotFound("No interaction " + interactionId + " for patient " + patientId));
    }

    /** Whether an interaction was recorded for this patient (for linking time to the contact it was spent on). */
    public boolean isInteractionOf(UUID interactionId, UUID patientId) {
        return interactions.existsFor(interactionId, patientId);
    }

    /** Last contact and last successful contact of each patient; patients never contacted get nulls. */
    public Map<UUID, LastContacts> lastContacts(Collection<UUID> patientIds) {
        Map<UUID, LastContacts> result = new LinkedHashMap<>();
        patientIds.forEach(id -> result.put(id, LastContacts.never(id)));
        if (!patientIds.isEmpty()) {
            interactions.lastContacts(patientIds).forEach(last -> result.put(last.patientId(), last));
        }
        return result;
    }

    /** The patients among {@code patientIds} who were reached (outcome REACHED) during the month. */
    public Set<UUID> reachedIn(Collection<UUID> patientIds, YearMonth month) {
        if (patientIds.isEmpty()) {
            return Set.of();
        }
        Instant from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant until = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        return new HashSet<>(interactions.reachedBetween(patientIds, from, until));
    }

    /**
     * The patients among {@code patientIds} with a real-time interactive communication in the month: a call (either
     * way) or a visit that reached them. Messages are not real-time; RPM treatment management needs one of these.
     */
    public Set<UUID> reachedLiveIn(Collection<UUID> patientIds, YearMonth month) {
        if (patientIds.isEmpty()) {
            return Set.of();
        }
        Instant from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant until = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        return new HashSet<>(interactions.reachedLiveBetween(patientIds, from, until));
    }

    /** Whether the patient was reached during the month. */
    public boolean wasReachedIn(UUID patientId, YearMonth month) {
        return reachedIn(List.of(patientId), month).contains(patientId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
