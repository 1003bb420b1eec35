package org.careloop.wishes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.audit.AuditAction;
import org.careloop.careteam.CareContact;
import org.careloop.careteam.PatientContacts;
import org.careloop.identity.Callers;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientGate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's wishes: read whole (for the chart header, the call page, the care plan), and the code status and
 * what matters most recorded, each based on the version read. Every access passes the patient gate.
 */
@Service
public class PatientWishes {

    static final String RESOURCE = "PatientWishes";

    private final StoredWishes stored;
    private final PatientGate gate;
    private final Callers callers;
    private final PatientContacts contacts;
    private final Clock clock;

    PatientWishes(StoredWishes stored, PatientGate gate, Callers callers, PatientContacts contacts, Clock clock) {
        this.stored = stored;
        this.contacts = contacts;
        this.gate = gate;
        this.callers = callers;
        this.clock = clock;
    }

    /** The patient's wishes as they stand (version 0 and nothing recorded before the first change). */
    public Wishes of(UUID patientId) {
        PatientAccess access = gate.open(patientId, AuditAction.READ, RESOURCE);
        return withProxy(access, stored.of(patientId, access.practiceId()));
    }

    /**
     * The wishes with the proxy the care team keeps among the patient's contacts: who decides is one fact, kept
     * once, so a changed phone number on the contact is the number the chart shows.
     */
    private Wishes withProxy(PatientAccess access, Wishes found) {
        return found.withProxyContact(contacts.healthcareProxy(access).map(PatientWishes::proxy).orElse(null));
    }

    /** The contact as a proxy: the first phone is the one to call. */
    static HealthcareProxy proxy(CareContact contact) {
        return new HealthcareProxy(contact.name(), contact.relationship(),
                contact.phones().isEmpty() ? null : contact.phones().get(0), contact.id());
    }

    /** Records the code status, its day and its source. */
    @Transactional
    public Wishes recordCodeStatus(UUID patientId, CodeStatusChange change) {
        WishesRules rules = new WishesRules(LocalDate.now(clock));
        CodeStatus status = rules.choice(CodeStatus.class, "codeStatus", change.codeStatus());
        LocalDate on = rules.day("recordedOn", change.recordedOn(), rules.today());
        String source = rules.text("source", change.source(), 300, true);
        rules.refuseAny();
        return gate.change(patientId, AuditAction.UPDATE, RESOURCE, patientId, access -> {
            Wishes now = stored.of(patientId, access.practiceId());
            Wishes after = now.withCodeStatus(change.version() == null ? now.version() : change.version(), status, on,
                    source);
            stored.write(after, access.practiceId(), callers.current().userId(), clock.instant());
            return withProxy(access, after);
        });
    }

    /** Records what matters most to the patient, in their own words. */
    @Transactional
    public Wishes recordWhatMatters(UUID patientId, WhatMattersChange change) {
        WishesRules rules = new WishesRules(LocalDate.now(clock));
        String words = rules.text("inTheirWords", change.inTheirWords(), 2000, true);
        LocalDate on = rules.day("saidOn", change.saidOn(), rules.today());
        rules.refuseAny();
        return gate.change(patientId, AuditAction.UPDATE, RESOURCE, patientId, access -> {
            Wishes now = stored.of(patientId, access.practiceId());
            Wishes after = now.withWhatMatters(change.version() == null ? now.version() : change.version(), words, on);
            stored.write(after, access.practiceId(), callers.current().userId(), clock.instant());
            return withProxy(access, after);
        });
    }
}
