package org.careloop.wishes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.audit.AuditAction;
import org.careloop.careteam.PatientContacts;
import org.careloop.identity.Callers;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientGate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's advance directives: put on file, corrected, revoked, and their uploaded copy kept and given back. A
 * directive is reached by its own id; one of another practice's patient is not found, exactly like a missing one.
 */
@Service
public class AdvanceDirectives {

    static final String RESOURCE = "AdvanceDirective";
    static final String COPY = "AdvanceDirectiveCopy";

    private final StoredWishes stored;
    private final PatientGate gate;
    private final Callers callers;
    private final PatientContacts contacts;
    private final Clock clock;

    AdvanceDirectives(StoredWishes stored, PatientGate gate, Callers callers, PatientContacts contacts, Clock clock) {
        this.stored = stored;
        this.contacts = contacts;
        this.gate = gate;
        this.callers = callers;
        this.clock = clock;
    }

    /** Puts a directive on file. */
    @Transactional
    public AdvanceDirective record(UUID patientId, NewDirective request) {
        Checked typed = check(request);
        return gate.create(patientId, RESOURCE, access -> {
            Checked checked = namingContact(typed, access, request.proxyContactId());
            AdvanceDirective directive = new AdvanceDirective(UUID.randomUUID(), patientId, access.practiceId(),
                    checked.kind(), checked.signedOn(), checked.location(), checked.proxy(), checked.note(),
                    DirectiveStatus.ON_FILE, null, clock.instant(), 0, null);
            stored.insert(directive, callers.current().userId());
            return directive;
        }, AdvanceDirective::id);
    }

    /** One directive. */
    public AdvanceDirective find(UUID directiveId) {
        AdvanceDirective directive = stored(directiveId, AuditAction.READ);
        gate.open(directive.patientId(), AuditAction.READ, RESOURCE, directiveId);
        return directive;
    }

    /** Corrects a directive on file (every field replaced), based on the version read. */
    @Transactional
    public AdvanceDirective revise(UUID directiveId, DirectiveChange change) {
        NewDirective request = change.directive() == null
                ? new NewDirective(null, null, null, null, null, null, null, null) : change.directive();
        Checked typed = check(request);
        AdvanceDirective before = stored(directiveId, AuditAction.UPDATE);
        return gate.change(before.patientId(), AuditAction.UPDATE, RESOURCE, directiveId, access -> {
            Checked checked = namingContact(typed, access, request.proxyContactId());
            AdvanceDirective after = before.revised(version(change.version(), before), checked.kind(),
                    checked.signedOn(), checked.location(), checked.proxy(), checked.note());
            stored.update(after);
            return after;
        });
    }

    /** Records that the patient revoked the directive. */
    @Transactional
    public AdvanceDirective revoke(UUID directiveId, Revocation revocation) {
        WishesRules rules = new WishesRules(LocalDate.now(clock));
        LocalDate on = rules.day("revokedOn", revocation.revokedOn(), rules.today());
        rules.refuseAny();
        AdvanceDirective before = stored(directiveId, AuditAction.UPDATE);
        return gate.change(before.patientId(), AuditAction.UPDATE, RESOURCE, directiveId, access -> {
            if (before.signedOn() != null && on.isBefore(before.signedOn())) {
                throw new InvalidRequest("Invalid revokedOn", Map.of("revokedOn",
                        "must not be before the day it was signed, " + before.signedOn()));
            }
            AdvanceDirective after = before.revoked(version(revocation.version(), before), on);
            stored.update(after);
            return after;
        });
    }

    /**
     * Keeps the uploaded copy of the directive (replacing an earlier one): a PDF, PNG or JPEG of at most 10 MB by
     * its content ({@link CopyFormats}), refused naming {@code file} otherwise.
     */
    @Transactional
    public AdvanceDirective attachCopy(UUID directiveId, Integer version, String fileName, String claimedType,
                                       byte[] content) {
        WishesRules rules = new WishesRules(LocalDate.now(clock));
        CopyFormats.refusal(content, claimedType).ifPresent(why -> rules.problem("file", why));
        rules.refuseAny();
        String type = CopyFormats.sniff(content).orElseThrow();
        String name = fileName == null || fileName.isBlank() ? "directive" : fileName.strip()
                .replaceAll("[\\\\/\\r\\n\"]", "_");
        AdvanceDirective before = stored(directiveId, AuditAction.UPDATE);
        return gate.change(before.patientId(), AuditAction.UPDATE, RESOURCE, directiveId, access -> {
            AdvanceDirective after = before.withCopy(version(version, before), new CopyOnFile(
                    name.length() > 200 ? name.substring(0, 200) : name, type, content.length, clock.instant()));
            stored.update(after);
            stored.keepCopy(directiveId, after.copy().fileName(), type, content, callers.current().userId(),
                    clock.instant());
            return after;
        });
    }

    /** The uploaded copy of the directive, audited as an export of the patient's record. */
    public DirectiveCopy copy(UUID directiveId) {
        AdvanceDirective directive = stored(directiveId, AuditAction.EXPORT);
        gate.open(directive.patientId(), AuditAction.EXPORT, COPY, directiveId);
        return stored.copy(directiveId).orElseThrow(() -> new NotFound("No copy of directive "
                + directiveId + " was uploaded"));
    }

    private record Checked(DirectiveKind kind, LocalDate signedOn, String location, HealthcareProxy proxy,
                           String note) {

        private Checked withProxy(HealthcareProxy named) {
            return new Checked(kind, signedOn, location, named, note);
        }
    }

    private Checked check(NewDirective request) {
        WishesRules rules = new WishesRules(LocalDate.now(clock));
        DirectiveKind kind = rules.choice(DirectiveKind.class, "kind", request.kind());
        LocalDate signedOn = rules.day("signedOn", request.signedOn(), null);
        String location = rules.text("originalLocation", request.originalLocation(), 300, false);
        String proxyName = rules.text("proxyName", request.proxyName(), 200, false);
        String relationship = rules.text("proxyRelationship", request.proxyRelationship(), 100, false);
        String phone = rules.text("proxyPhone", request.proxyPhone(), 40, false);
        String note = rules.text("note", request.note(), 2000, false);
        boolean contact = request.proxyContactId() != null;
        if (kind == DirectiveKind.HEALTHCARE_POWER_OF_ATTORNEY && proxyName == null && !contact) {
            rules.problem("proxyName", "is required: a healthcare power of attorney names the proxy (pick the "
                    + "patient's contact as proxyContactId, or type the name)");
        }
        if (proxyName == null && !contact && (relationship != null || phone != null)) {
            rules.problem("proxyName", "is required with the proxy's relationship or phone");
        }
        rules.refuseAny();
        return new Checked(kind, signedOn, location, proxyName == null ? null
                : new HealthcareProxy(proxyName, relationship, phone, null), note);
    }

    /**
     * The directive naming one of the patient's contacts as its proxy: name, relationship and phone are the
     * contact's, so the directive and the care team's record agree. A contact of another patient (or a removed one)
     * is refused naming {@code proxyContactId}.
     */
    private Checked namingContact(Checked typed, PatientAccess access, UUID contactId) {
        if (contactId == null) {
            return typed;
        }
        return contacts.contactOf(access, contactId).map(c -> typed.withProxy(PatientWishes.proxy(c)))
                .orElseThrow(() -> new InvalidRequest("Invalid proxyContactId", Map.of("proxyContactId",
                        "must be one of this patient's contacts (" + contactId + " is not)")));
    }

    private AdvanceDirective stored(UUID directiveId, AuditAction action) {
        return stored.directive(directiveId).orElseThrow(() ->
                gate.refuse(action, RESOURCE, directiveId, "No advance directive " + directiveId));
    }

    private static int version(Integer asked, AdvanceDirective stored) {
        return asked == null ? stored.version() : asked;
    }
}
