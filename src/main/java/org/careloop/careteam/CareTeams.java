package org.careloop.careteam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Callers;
import org.careloop.identity.Practices;
import org.careloop.patient.ClinicalRecord;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientGate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's care team: the members CareLoop keeps (added, revised and ended here, never deleted), the billing
 * practitioner of each open enrollment and the assigned care manager (read from the enrollment and the registry,
 * which own them), and, listed beside them, the members of the care teams an EHR sent. Every access goes through the
 * patient gate.
 */
@Service
public class CareTeams {

    static final String RESOURCE = "CareTeamMember";

    private final PatientGate gate;
    private final MemberRows rows;
    private final MemberCards cards;
    private final MemberChecks checks;
    private final MembersKeptElsewhere elsewhere;
    private final ClinicalRecord clinicalRecord;
    private final Callers callers;
    private final Practices practices;
    private final Clock clock;

    CareTeams(PatientGate gate, MemberRows rows, MemberCards cards, MemberChecks checks,
              MembersKeptElsewhere elsewhere, ClinicalRecord clinicalRecord, Callers callers,
              Practices practices, Clock clock) {
        this.gate = gate;
        this.rows = rows;
        this.cards = cards;
        this.checks = checks;
        this.elsewhere = elsewhere;
        this.clinicalRecord = clinicalRecord;
        this.callers = callers;
        this.practices = practices;
        this.clock = clock;
    }

    /**
     * The current care team of a patient another module has opened: billing practitioners, the assigned care
     * manager and every membership not ended, each with role, name, organization, phone, fax and e-mail. The EHRs'
     * teams are not part of it: CareLoop cannot tell whether they still hold.
     */
    public List<CareTeamMember> of(PatientAccess access) {
        LocalDate today = today(access.practiceId());
        List<CareTeamMember> own = cards.of(access.practiceId(), rows.ofPatient(access.patientId(), access.practiceId()))
                .stream().filter(m -> m.currentOn(today)).toList();
        List<CareTeamMember> team = new ArrayList<>(elsewhere.of(access, own));
        team.addAll(own.stream().sorted(Comparator.comparing(CareTeamMember::role)).toList());
        return team;
    }

    /** As {@link #of(PatientAccess)}, opening the patient (a read of the care team, on the audit trail). */
    public List<CareTeamMember> of(UUID patientId) {
        return of(gate.open(patientId, AuditAction.READ, RESOURCE));
    }

    /** The whole team as the chart lists it: the current team, the EHRs' members, and ended memberships. */
    public CareTeamListing members(UUID patientId) {
        PatientAccess access = gate.open(patientId, AuditAction.READ, RESOURCE);
        LocalDate today = today(access.practiceId());
        return new CareTeamListing(of(access),
                cards.fromEhr(access.practiceId(), clinicalRecord.careTeamMembers(patientId)),
                cards.of(access.practiceId(), rows.ofPatient(patientId, access.practiceId())).stream()
                        .filter(m -> !m.currentOn(today)).toList());
    }

    /** Adds a member from today (or the day given); refused naming the field when the entry does not fit its role. */
    @Transactional
    public CareTeamMember add(UUID patientId, CareTeamMemberEntry entry) {
        return gate.create(patientId, RESOURCE, access -> {
            CareTeamRole role = MemberRules.check(entry, null);
            checks.whoExists(access.practiceId(), role, entry);
            LocalDate since = entry.activeSince() == null ? today(access.practiceId()) : entry.activeSince();
            StoredMember member = new StoredMember(UUID.randomUUID(), access.practiceId(), patientId, role,
                    entry.staffId(), entry.practitionerId(), entry.organizationId(), trimmed(entry.specialty()),
                    trimmed(entry.notes()), trimmed(entry.phone()), trimmed(entry.fax()), trimmed(entry.email()),
                    since, entry.activeUntil(), 0);
            checks.insertOnce(member, () -> rows.insert(member, callers.current().userId(), now()));
            return card(access, member.id());
        }, CareTeamMember::id);
    }

    /** Revises role, specialty, notes, how to reach and dates; a stale version changes nothing (409). */
    @Transactional
    public CareTeamMember revise(UUID patientId, UUID memberId, CareTeamMemberEntry entry) {
        return gate.change(patientId, AuditAction.UPDATE, RESOURCE, memberId, access -> {
            StoredMember current = stored(access, memberId);
            CareTeamRole role = MemberRules.check(entry, current);
            LocalDate since = entry.activeSince() == null ? current.activeSince() : entry.activeSince();
            if (entry.activeUntil() != null && entry.activeUntil().isBefore(since)) {
                MemberRules.refuseIfAny(Map.of("activeUntil", "must not be before activeSince (" + since + ")"));
            }
            StoredMember revised = new StoredMember(memberId, current.practiceId(), patientId, role,
                    current.staffId(), current.practitionerId(), current.organizationId(), trimmed(entry.specialty()),
                    trimmed(entry.notes()), trimmed(entry.phone()), trimmed(entry.fax()), trimmed(entry.email()),
                    since, entry.activeUntil(), current.version());
            checks.insertOnce(revised, () -> save(revised, entry.version(), current));
            return card(access, memberId);
        });
    }

    /** Ends the membership on {@code endOn} (today when null); the member stays listed as a past member. */
    @Transactional
    public CareTeamMember end(UUID patientId, UUID memberId, LocalDate endOn, Integer version) {
        return gate.change(patientId, AuditAction.UPDATE, RESOURCE, memberId, access -> {
            StoredMember current = stored(access, memberId);
            LocalDate day = endOn == null ? today(access.practiceId()) : endOn;
            if (current.activeUntil() != null && !current.activeUntil().isAfter(today(access.practiceId()))) {
                throw new RefusedTransition("The membership already ended on " + current.activeUntil());
            }
            if (version == null) {
                MemberRules.refuseIfAny(Map.of("version", "is required: send the version you read"));
            }
            if (day.isBefore(current.activeSince())) {
                MemberRules.refuseIfAny(Map.of("endOn", "must not be before the membership began ("
                        + current.activeSince() + ")"));
            }
            StoredMember ended = new StoredMember(memberId, current.practiceId(), patientId, current.role(),
                    current.staffId(), current.practitionerId(), current.organizationId(), current.specialty(),
                    current.notes(), current.phone(), current.fax(), current.email(), current.activeSince(), day,
                    current.version());
            save(ended, version, current);
            return card(access, memberId);
        });
    }

    private void save(StoredMember member, int version, StoredMember current) {
        if (!rows.update(member, version, callers.current().userId(), now())) {
            throw new StaleVersion("The care team member was changed by someone else (now version "
                    + current.version() + "); reload it", current.version());
        }
    }

    private CareTeamMember card(PatientAccess access, UUID memberId) {
        return cards.of(access.practiceId(), List.of(stored(access, memberId))).get(0);
    }

    private StoredMember stored(PatientAccess access, UUID memberId) {
        return rows.find(memberId, access.patientId(), access.practiceId())
                .orElseThrow(() -> new NotFound("No care team member " + memberId));
    }

    private LocalDate today(UUID practiceId) {
        return LocalDate.now(clock.withZone(practices.zoneOf(practiceId)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
