package org.careloop.careteam;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.careloop.directory.DirectoryOrganization;
import org.careloop.directory.DirectoryPractitioner;
import org.careloop.directory.OrganizationDirectory;
import org.careloop.directory.PractitionerDirectory;
import org.careloop.identity.PracticeProfile;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.patient.EhrCareTeamMember;
import org.springframework.stereotype.Component;

/**
 * Turns memberships into what the care team reads: the name of the staff member, practitioner or organization,
 * their organization, and how to reach them — the phone, fax and e-mail typed for this patient, else the directory
 * entry's, else (for a practitioner) their organization's; the practice's own staff are reached through the practice.
 */
@Component
class MemberCards {

    private final Staff staff;
    private final PractitionerDirectory practitioners;
    private final OrganizationDirectory organizations;
    private final Practices practices;

    MemberCards(Staff staff, PractitionerDirectory practitioners, OrganizationDirectory organizations,
                Practices practices) {
        this.staff = staff;
        this.practitioners = practitioners;
        this.organizations = organizations;
        this.practices = practices;
    }

    List<CareTeamMember> of(UUID practiceId, List<StoredMember> stored) {
        Lookups look = lookups(practiceId, stored.stream().map(StoredMember::staffId),
                stored.stream().map(StoredMember::practitionerId), stored.stream().map(StoredMember::organizationId));
        return stored.stream().map(m -> card(look, m)).toList();
    }

    /** The billing practitioner of the patient's enrollments in these programs. */
    CareTeamMember billingPractitioner(UUID practiceId, UUID providerId, String programs, LocalDate since) {
        Lookups look = lookups(practiceId, Stream.of(providerId), Stream.empty(), Stream.empty());
        return staffCard(look, null, CareTeamRole.BILLING_PRACTITIONER, MemberSource.ENROLLMENT, providerId, since,
                programs);
    }

    /** The care manager the registry assigns the patient to. */
    CareTeamMember assignedCareManager(UUID practiceId, UUID careManagerId) {
        Lookups look = lookups(practiceId, Stream.of(careManagerId), Stream.empty(), Stream.empty());
        return staffCard(look, null, CareTeamRole.CARE_MANAGER, MemberSource.REGISTRY, careManagerId, null, null);
    }

    /** The members of the EHRs' care teams, with the directory's way to reach those it knows. */
    List<CareTeamMember> fromEhr(UUID practiceId, List<EhrCareTeamMember> members) {
        List<EhrCareTeamMember> people = members.stream().filter(m -> !"Patient".equals(m.type())).toList();
        Lookups look = lookups(practiceId, Stream.empty(),
                people.stream().filter(m -> "Practitioner".equals(m.type())).map(EhrCareTeamMember::directoryId),
                people.stream().filter(m -> "Organization".equals(m.type())).map(EhrCareTeamMember::directoryId));
        ZoneId zone = practices.zoneOf(practiceId);
        List<CareTeamMember> cards = new ArrayList<>();
        for (EhrCareTeamMember m : people) {
            DirectoryPractitioner p = "Practitioner".equals(m.type()) ? at(look.practitioners, m.directoryId()) : null;
            DirectoryOrganization o = "Organization".equals(m.type()) ? at(look.organizations, m.directoryId())
                    : p == null ? null : at(look.organizations, p.organizationId());
            String name = m.name() != null ? m.name() : p != null ? p.displayName() : o == null ? null : o.name();
            cards.add(new CareTeamMember(null, CareTeamRole.OTHER, MemberSource.EHR, name,
                    p != null ? p.organizationName() : null, m.role(), reach(null, p, o, Reach.PHONE),
                    reach(null, p, o, Reach.FAX), reach(null, p, o, Reach.EMAIL), null,
                    p == null ? null : p.id(), o == null || p != null ? null : o.id(),
                    m.periodStart() == null ? null : m.periodStart().atZoneSameInstant(zone).toLocalDate(),
                    m.periodEnd() == null ? null : m.periodEnd().atZoneSameInstant(zone).toLocalDate(),
                    m.teamName(), null, null, null, null));
        }
        return cards;
    }

    private CareTeamMember card(Lookups look, StoredMember m) {
        if (m.staffId() != null) {
            return staffCard(look, m, m.role(), MemberSource.CARE_TEAM, m.staffId(), m.activeSince(), m.notes());
        }
        DirectoryPractitioner p = m.practitionerId() == null ? null : at(look.practitioners, m.practitionerId());
        DirectoryOrganization o = m.organizationId() != null ? at(look.organizations, m.organizationId())
                : p == null ? null : at(look.organizations, p.organizationId());
        String name = p != null ? p.displayName() : m.organizationId() != null && o != null ? o.name() : null;
        String organization = p != null ? p.organizationName() : null;
        String specialty = m.specialty() != null ? m.specialty() : p == null ? null : p.specialty();
        return new CareTeamMember(m.id(), m.role(), MemberSource.CARE_TEAM, name, organization, specialty,
                reach(m.phone(), p, o, Reach.PHONE), reach(m.fax(), p, o, Reach.FAX),
                reach(m.email(), p, o, Reach.EMAIL), null, m.practitionerId(), m.organizationId(), m.activeSince(),
                m.activeUntil(), m.notes(), m.phone(), m.fax(), m.email(), m.version());
    }

    private CareTeamMember staffCard(Lookups look, StoredMember m, CareTeamRole role, MemberSource source,
                                     UUID staffId, LocalDate since, String notes) {
        Staff.Person person = at(look.staff, staffId);
        String name = person == null ? null
                : person.displayName() + (person.credential() == null ? "" : ", " + person.credential());
        String practicePhone = look.practice.map(PracticeProfile::phone).orElse(null);
        return new CareTeamMember(m == null ? null : m.id(), role, source, name,
                look.practice.map(PracticeProfile::name).orElse(null), m == null ? null : m.specialty(),
                m != null && m.phone() != null ? m.phone() : practicePhone, m == null ? null : m.fax(),
                m == null ? null : m.email(), staffId, null, null, since, m == null ? null : m.activeUntil(), notes,
                m == null ? null : m.phone(), m == null ? null : m.fax(), m == null ? null : m.email(),
                m == null ? null : m.version());
    }

    private enum Reach { PHONE, FAX, EMAIL }

    private static <T> T at(Map<UUID, T> found, UUID id) {
        return id == null ? null : found.get(id);
    }

    private static String reach(String typed, DirectoryPractitioner p, DirectoryOrganization o, Reach kind) {
        if (typed != null) {
            return typed;
        }
        String own = p == null ? null : switch (kind) {
            case PHONE -> p.phone();
            case FAX -> p.fax();
            case EMAIL -> p.email();
        };
        if (own != null || o == null) {
            return own;
        }
        return switch (kind) {
            case PHONE -> o.phone();
            case FAX -> o.fax();
            case EMAIL -> o.email();
        };
    }

    private record Lookups(Map<UUID, Staff.Person> staff, Map<UUID, DirectoryPractitioner> practitioners,
                           Map<UUID, DirectoryOrganization> organizations, Optional<PracticeProfile> practice) {
    }

    private Lookups lookups(UUID practiceId, Stream<UUID> staffIds, Stream<UUID> practitionerIds,
                            Stream<UUID> organizationIds) {
        Map<UUID, DirectoryPractitioner> people = practitioners.seenBy(practiceId, ids(practitionerIds));
        List<UUID> orgs = new ArrayList<>(ids(organizationIds));
        people.values().stream().map(DirectoryPractitioner::organizationId).filter(Objects::nonNull).forEach(orgs::add);
        return new Lookups(staff.byId(ids(staffIds)), people, organizations.seenBy(practiceId, orgs),
                practices.profile(practiceId));
    }

    private static Collection<UUID> ids(Stream<UUID> ids) {
        return ids.filter(Objects::nonNull).distinct().toList();
    }
}
