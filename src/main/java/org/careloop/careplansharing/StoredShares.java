package org.careloop.careplansharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.program.CareProgram;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The care_plan_share table. */
@Repository
class StoredShares {

    private static final String COLUMNS = """
            id, patient_id, care_plan_id, program, plan_version, recipient_name, recipient_email, practitioner_id,
            method, shared_by, shared_at""";

    private final JdbcClient jdbc;

    StoredShares(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CarePlanShare share, UUID practiceId, String bundle) {
        jdbc.sql("""
                insert into care_plan_share (id, patient_id, practice_id, care_plan_id, program, plan_version,
                                             recipient_name, recipient_email, practitioner_id, method, bundle,
                                             shared_by, shared_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(share.id(), share.patientId(), practiceId, share.carePlanId(), share.program().name(),
                        share.planVersion(), share.recipientName(), share.email(), share.practitionerId(),
                        share.method().name(), bundle, share.sharedById(), Timestamp.from(share.sharedAt()))
                .update();
    }

    List<CarePlanShare> ofPatient(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from care_plan_share where patient_id = ? order by shared_at desc")
                .param(patientId).query(StoredShares::row).list();
    }

    List<CarePlanShare> ofPlan(UUID planId) {
        return jdbc.sql("select " + COLUMNS + " from care_plan_share where care_plan_id = ? order by shared_at desc")
                .param(planId).query(StoredShares::row).list();
    }

    Optional<CarePlanShare> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from care_plan_share where id = ?").param(id)
                .query(StoredShares::row).optional();
    }

    Optional<String> bundle(UUID id) {
        return jdbc.sql("select bundle from care_plan_share where id = ? and bundle is not null").param(id)
                .query(String.class).optional();
    }

    private static CarePlanShare row(ResultSet rs, int n) throws SQLException {
        return new CarePlanShare(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("care_plan_id", UUID.class), CareProgram.valueOf(rs.getString("program")),
                rs.getInt("plan_version"), rs.getString("recipient_name"), rs.getString("recipient_email"),
                rs.getObject("practitioner_id", UUID.class), ShareMethod.valueOf(rs.getString("method")),
                rs.getObject("shared_by", UUID.class), null, rs.getTimestamp("shared_at").toInstant());
    }
}
