package org.careloop.careteam;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The care team memberships of patients; callers have opened the patient through the gate first. */
@Repository
class MemberRows {

    private final JdbcClient jdbc;

    MemberRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The patient's memberships, current first, then by role and start. */
    List<StoredMember> ofPatient(UUID patientId, UUID practiceId) {
        return jdbc.sql("""
                select * from care_team_member where patient_id = ? and practice_id = ?
                 order by active_until is not null, active_until desc, role, active_since, added_at""")
                .params(patientId, practiceId).query(StoredMember.class).list();
    }

    Optional<StoredMember> find(UUID memberId, UUID patientId, UUID practiceId) {
        return jdbc.sql("select * from care_team_member where id = ? and patient_id = ? and practice_id = ?")
                .params(memberId, patientId, practiceId).query(StoredMember.class).optional();
    }

    void insert(StoredMember member, UUID by, OffsetDateTime at) {
        jdbc.sql("""
                insert into care_team_member (id, practice_id, patient_id, role, staff_id, practitioner_id,
                                              organization_id, specialty, notes, phone, fax, email, active_since,
                                              active_until, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(member.id(), member.practiceId(), member.patientId(), member.role().name(), member.staffId(),
                        member.practitionerId(), member.organizationId(), member.specialty(), member.notes(),
                        member.phone(), member.fax(), member.email(), member.activeSince(), member.activeUntil(), by, at)
                .update();
    }

    /** Stores the revision when {@code version} is still current; answers whether it was. */
    boolean update(StoredMember member, int version, UUID by, OffsetDateTime at) {
        return jdbc.sql("""
                update care_team_member set role = ?, specialty = ?, notes = ?, phone = ?, fax = ?, email = ?,
                       active_since = ?, active_until = ?, changed_by = ?, changed_at = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(member.role().name(), member.specialty(), member.notes(), member.phone(), member.fax(),
                        member.email(), member.activeSince(), member.activeUntil(), by, at, member.id(), version)
                .update() == 1;
    }
}
