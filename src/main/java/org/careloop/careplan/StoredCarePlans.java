package org.careloop.careplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.program.CareProgram;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Care plans in PostgreSQL: the living state in {@code care_plan}, each version's snapshot as JSON beside it. */
@Repository
class StoredCarePlans {

    private static final String SUMMARY = """
            select id, patient_id, practice_id, program, status, version, sign_off, next_review_on, established_on,
                   sign_off_requested_at, sign_off_requested_by
              from care_plan
            """;

    private static final String VERSION = """
            select v.*, s.provider_id, s.provider_name, s.npi, s.signed_at
              from care_plan_version v
              left join care_plan_signature s on s.care_plan_id = v.care_plan_id and s.version = v.version
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StoredCarePlans(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<CarePlan> find(UUID id) {
        return jdbc.sql("select * from care_plan where id = ?").param(id).query(this::plan).optional();
    }

    /** Loads the plan and locks its row until the transaction ends, so concurrent edits queue up. */
    Optional<CarePlan> findForChange(UUID id) {
        return jdbc.sql("select * from care_plan where id = ? for update").param(id).query(this::plan).optional();
    }

    List<CarePlan> livingForPatient(UUID patientId) {
        return jdbc.sql("select * from care_plan where patient_id = ? and status <> 'COMPLETED' for update")
                .param(patientId).query(this::plan).list();
    }

    /** The content of every living plan of these patients, by patient (one query, whatever their number). */
    Map<UUID, List<CarePlanContent>> livingContents(Collection<UUID> patientIds) {
        Map<UUID, List<CarePlanContent>> contents = new HashMap<>();
        jdbc.sql("select patient_id, content from care_plan where patient_id = any(?) and status <> 'COMPLETED'")
                .param(patientIds.toArray(UUID[]::new))
                .query((rs, row) -> contents.computeIfAbsent(rs.getObject("patient_id", UUID.class), id -> new ArrayList<>())
                        .add(json.readValue(rs.getString("content"), CarePlanContent.class)))
                .list();
        return contents;
    }

    List<CarePlanSummary> forPatient(UUID patientId) {
        return jdbc.sql(SUMMARY + " where patient_id = ? order by created_at desc").param(patientId)
                .query(this::summary).list();
    }

    boolean hasLivingPlan(UUID patientId, CareProgram program) {
        return jdbc.sql("select count(*) from care_plan where patient_id = ? and program = ? and status <> 'COMPLETED'")
                .params(patientId, program.name()).query(Long.class).single() > 0;
    }

    Optional<LocalDate> establishedOn(UUID patientId, CareProgram program) {
        return jdbc.sql("""
                select established_on from care_plan
                 where patient_id = ? and program = ? and established_on is not null
                 order by (status <> 'COMPLETED') desc, created_at desc limit 1""")
                .params(patientId, program.name()).query(LocalDate.class).optional();
    }

    List<CarePlanSummary> dueForReview(Collection<UUID> practiceIds, LocalDate onOrBefore) {
        return jdbc.sql(SUMMARY + """
                 where practice_id = any(?) and status <> 'COMPLETED' and next_review_on <= ?
                 order by next_review_on, id""")
                .params(practiceIds.toArray(UUID[]::new), onOrBefore).query(this::summary).list();
    }

    List<CarePlanSummary> awaitingSignOff(Collection<UUID> practiceIds) {
        return jdbc.sql(SUMMARY + """
                 where practice_id = any(?) and sign_off = 'AWAITING_SIGN_OFF'
                 order by sign_off_requested_at, id""")
                .params((Object) practiceIds.toArray(UUID[]::new)).query(this::summary).list();
    }

    List<CarePlanVersion> versions(UUID planId) {
        return jdbc.sql(VERSION + " where v.care_plan_id = ? order by v.version").param(planId).query(this::version).list();
    }

    Optional<CarePlanVersion> version(UUID planId, int version) {
        return jdbc.sql(VERSION + " where v.care_plan_id = ? and v.version = ?").params(planId, version)
                .query(this::version).optional();
    }

    void insert(CarePlan plan) {
        CarePlanView view = plan.view();
        jdbc.sql("""
                insert into care_plan (id, patient_id, practice_id, program, status, version, content, next_review_on,
                                       sign_off, created_at)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(view.id(), view.patientId(), view.practiceId(), view.program().name(), view.status().name(),
                        view.version(), json.writeValueAsString(view.content()), nextReview(view.content()),
                        view.signOff().name(), utc(view.createdAt()))
                .update();
        saveHistory(plan);
    }

    void update(CarePlan plan) {
        CarePlanView view = plan.view();
        jdbc.sql("""
                update care_plan set status = ?, version = ?, content = cast(? as jsonb), next_review_on = ?,
                       sign_off = ?, sign_off_requested_at = ?, sign_off_requested_by = ?, established_on = ?
                 where id = ?""")
                .params(view.status().name(), view.version(), json.writeValueAsString(view.content()),
                        nextReview(view.content()), view.signOff().name(), utc(view.signOffRequestedAt()),
                        view.signOffRequestedBy(), view.establishedOn(), view.id())
                .update();
        saveHistory(plan);
    }

    private void saveHistory(CarePlan plan) {
        UUID id = plan.id();
        plan.newVersions().forEach(version -> jdbc.sql("""
                insert into care_plan_version (care_plan_id, version, changed_at, changed_by, summary, note,
                                               substantive, content)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(id, version.version(), utc(version.changedAt()), version.changedBy(), version.summary(),
                        version.note(), version.substantive(), json.writeValueAsString(version.content()))
                .update());
        plan.signatures().forEach(signature -> jdbc.sql("""
                insert into care_plan_signature (care_plan_id, version, provider_id, provider_name, npi, signed_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(id, signature.version(), signature.providerId(), signature.providerName(), signature.npi(),
                        utc(signature.signedAt()))
                .update());
        plan.view().copiesGiven().forEach(copy -> jdbc.sql("""
                insert into care_plan_copy (id, care_plan_id, version, method, given_on, given_to, recorded_by,
                                            recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(copy.id(), id, copy.version(), copy.method().name(), copy.givenOn(), copy.givenTo(),
                        copy.recordedBy(), utc(copy.recordedAt()))
                .update());
        plan.view().reviews().forEach(review -> jdbc.sql("""
                insert into care_plan_review (id, care_plan_id, version, reviewed_on, reviewed_by, changed,
                                              next_review_on, note, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(review.id(), id, review.version(), review.reviewedOn(), review.reviewedBy(), review.changed(),
                        review.nextReviewOn(), review.note(), utc(review.recordedAt()))
                .update());
    }

    private CarePlan plan(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Signature> signatures = jdbc.sql("select * from care_plan_signature where care_plan_id = ? order by version")
                .param(id).query((s, n) -> new Signature(s.getInt("version"), s.getObject("provider_id", UUID.class),
                        s.getString("provider_name"), s.getString("npi"), instant(s, "signed_at"))).list();
        List<CopyGiven> copies = jdbc.sql("select * from care_plan_copy where care_plan_id = ? order by recorded_at, id")
                .param(id).query((c, n) -> new CopyGiven(c.getObject("id", UUID.class), c.getInt("version"),
                        CopyMethod.valueOf(c.getString("method")), c.getObject("given_on", LocalDate.class),
                        c.getString("given_to"), c.getString("recorded_by"), instant(c, "recorded_at"))).list();
        List<ReviewRecorded> reviews = jdbc.sql(
                        "select * from care_plan_review where care_plan_id = ? order by reviewed_on, recorded_at, id")
                .param(id).query((r, n) -> new ReviewRecorded(r.getObject("id", UUID.class), r.getInt("version"),
                        r.getObject("reviewed_on", LocalDate.class), r.getString("reviewed_by"), r.getBoolean("changed"),
                        r.getObject("next_review_on", LocalDate.class), r.getString("note"), instant(r, "recorded_at")))
                .list();
        return new CarePlan(id, rs.getObject("patient_id", UUID.class), rs.getObject("practice_id", UUID.class),
                CareProgram.valueOf(rs.getString("program")), instant(rs, "created_at"),
                CarePlanStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                json.readValue(rs.getString("content"), CarePlanContent.class), SignOff.valueOf(rs.getString("sign_off")),
                instant(rs, "sign_off_requested_at"), rs.getString("sign_off_requested_by"),
                rs.getObject("established_on", LocalDate.class), signatures, copies, reviews);
    }

    private CarePlanSummary summary(ResultSet rs, int row) throws SQLException {
        return new CarePlanSummary(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("practice_id", UUID.class), CareProgram.valueOf(rs.getString("program")),
                CarePlanStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                SignOff.valueOf(rs.getString("sign_off")), rs.getObject("next_review_on", LocalDate.class),
                rs.getObject("established_on", LocalDate.class), instant(rs, "sign_off_requested_at"),
                rs.getString("sign_off_requested_by"));
    }

    private CarePlanVersion version(ResultSet rs, int row) throws SQLException {
        return new CarePlanVersion(rs.getInt("version"), instant(rs, "changed_at"), rs.getString("changed_by"),
                rs.getString("summary"), rs.getString("note"), rs.getBoolean("substantive"),
                json.readValue(rs.getString("content"), CarePlanContent.class),
                rs.getObject("provider_id") == null ? null : new Signature(rs.getInt("version"),
                        rs.getObject("provider_id", UUID.class), rs.getString("provider_name"), rs.getString("npi"),
                        instant(rs, "signed_at")));
    }

    private static LocalDate nextReview(CarePlanContent content) {
        return content.review() == null ? null : content.review().nextReviewOn();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
