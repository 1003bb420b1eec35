package org.careloop.careteam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.NotFound;
import org.careloop.StaleVersion;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Callers;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientContact;
import org.careloop.patient.PatientGate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people around a patient — caregivers, emergency contacts, the healthcare proxy — and what the patient
 * authorised the care team to share with each. Added, revised (with a version) and removed (kept on record, so the
 * authorisation in force at a past call can still be shown); every access goes through the patient gate.
 */
@Service
public class PatientContacts {

    static final String RESOURCE = "CareContact";

    private final PatientGate gate;
    private final ContactRows rows;
    private final Staff staff;
    private final Callers callers;
    private final Practices practices;
    private final Clock clock;

    PatientContacts(PatientGate gate, ContactRows rows, Staff staff, Callers callers, Practices practices,
                    Clock clock) {
        this.gate = gate;
        this.rows = rows;
        this.staff = staff;
        this.callers = callers;
        this.practices = practices;
        this.clock = clock;
    }

    /** The patient's contacts, the healthcare proxy first. */
    public List<CareContact> of(UUID patientId) {
        PatientAccess access = gate.open(patientId, AuditAction.READ, RESOURCE);
        return named(rows.ofPatient(patientId, access.practiceId()));
    }

    /**
     * The patient's healthcare proxy, if one is recorded, for a module that has opened the patient (advance
     * directives, a hospital asking who decides).
     */
    public Optional<CareContact> healthcareProxy(PatientAccess access) {
        return named(rows.ofPatient(access.patientId(), access.practiceId())).stream()
                .filter(CareContact::healthcareProxy).findFirst();
    }

    /**
     * One of the patient's current contacts, for a module that has opened the patient and was handed a contact id
     * (a directive naming its proxy): empty when it is not this patient's contact, or was removed.
     */
    public Optional<CareContact> contactOf(PatientAccess access, UUID contactId) {
        return contactId == null ? Optional.empty()
                : rows.find(contactId, access.patientId(), access.practiceId()).map(c -> named(List.of(c)).get(0));
    }

    /** As {@link #healthcareProxy(PatientAccess)}, opening the patient (a read on the audit trail). */
    public Optional<CareContact> healthcareProxy(UUID patientId) {
        return healthcareProxy(gate.open(patientId, AuditAction.READ, RESOURCE));
    }

    /**
     * Whom the care team may speak with about the patient's health; {@code registration} is the registration
     * record's contacts, of which those not yet recorded here (by name) are listed as unconfirmed.
     */
    public SpeakingPermissions whomToSpeakWith(UUID patientId, List<PatientContact> registration) {
        List<CareContact> contacts = of(patientId);
        Set<String> recorded = contacts.stream().map(c -> key(c.name())).collect(Collectors.toSet());
        return new SpeakingPermissions(
                contacts.stream().filter(c -> c.sharing().mayDiscussHealth()).toList(),
                contacts.stream().filter(c -> !c.sharing().mayDiscussHealth()).toList(),
                registration.stream().filter(c -> !recorded.contains(key(c.name()))).toList());
    }

    @Transactional
    public CareContact add(UUID patientId, CareContactEntry entry) {
        return gate.create(patientId, RESOURCE, access -> {
            ContactRules.Checked checked = ContactRules.check(entry, false, today(access), proxyOtherThan(access, null));
            UUID id = UUID.randomUUID();
            oneProxy(checked, () -> rows.insert(id, access.practiceId(), patientId, checked,
                    callers.current().userId(), now()));
            return find(access, id);
        }, CareContact::id);
    }

    /** Revises the contact; a changed authorisation is recorded as the caller's, now. A stale version is a 409. */
    @Transactional
    public CareContact revise(UUID patientId, UUID contactId, CareContactEntry entry) {
        return gate.change(patientId, AuditAction.UPDATE, RESOURCE, contactId, access -> {
            CareContact current = find(access, contactId);
            ContactRules.Checked checked = ContactRules.check(entry, true, today(access),
                    proxyOtherThan(access, contactId));
            SharingAuthorisation before = current.sharing();
            boolean sharingChanged = before.authorised() != checked.authorised()
                    || !Objects.equals(before.authorisedOn(), checked.authorisedOn())
                    || before.scope() != checked.scope();
            oneProxy(checked, () -> {
                if (!rows.update(contactId, entry.version(), checked, sharingChanged, callers.current().userId(),
                        now())) {
                    throw stale(current);
                }
            });
            return find(access, contactId);
        });
    }

    /** Removes the contact from the patient's list (kept on record); a stale version is a 409. */
    @Transactional
    public void remove(UUID patientId, UUID contactId, Integer version) {
        gate.change(patientId, AuditAction.DELETE, RESOURCE, contactId, access -> {
            CareContact current = find(access, contactId);
            if (version == null) {
                MemberRules.refuseIfAny(Map.of("version", "is required: send the version you read"));
            }
            if (!rows.remove(contactId, version, callers.current().userId(), now())) {
                throw stale(current);
            }
            return contactId;
        });
    }

    private CareContact proxyOtherThan(PatientAccess access, UUID contactId) {
        return rows.ofPatient(access.patientId(), access.practiceId()).stream()
                .filter(c -> c.healthcareProxy() && !c.id().equals(contactId)).findFirst().orElse(null);
    }

    /** A second proxy written at the same moment by someone else is refused like the one seen on record. */
    private static void oneProxy(ContactRules.Checked checked, Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException twice) {
            MemberRules.refuseIfAny(Map.of("kinds", "the patient already has a healthcare proxy: take "
                    + "HEALTHCARE_PROXY off that contact first"));
        }
    }

    private CareContact find(PatientAccess access, UUID contactId) {
        return rows.find(contactId, access.patientId(), access.practiceId()).map(c -> named(List.of(c)).get(0))
                .orElseThrow(() -> new NotFound("No contact " + contactId));
    }

    /** The contacts with the name of whoever recorded each authorisation. */
    private List<CareContact> named(List<CareContact> contacts) {
        Map<UUID, Staff.Person> people = staff.byId(contacts.stream().map(c -> c.sharing().recordedBy())
                .filter(Objects::nonNull).toList());
        return contacts.stream().map(c -> {
            SharingAuthorisation s = c.sharing();
            Staff.Person by = s.recordedBy() == null ? null : people.get(s.recordedBy());
            return new CareContact(c.id(), c.patientId(), c.name(), c.relationship(), c.kinds(), c.phones(),
                    c.email(), c.preferredLanguage(), new SharingAuthorisation(s.authorised(), s.authorisedOn(),
                    s.scope(), s.recordedBy(), by == null ? null : by.displayName(), s.recordedAt()), c.notes(),
                    c.version());
        }).toList();
    }

    private static StaleVersion stale(CareContact current) {
        return new StaleVersion("The contact was changed by someone else (now version " + current.version()
                + "); reload it", current.version());
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private LocalDate today(PatientAccess access) {
        return LocalDate.now(clock.withZone(practices.zoneOf(access.practiceId())));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
