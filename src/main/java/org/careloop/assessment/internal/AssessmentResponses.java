package org.careloop.assessment.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.careloop.assessment.AnsweredQuestion;
import org.careloop.assessment.AssessmentResult;
import org.careloop.assessment.FollowUpPlan;
import org.careloop.assessment.OpenScreen;
import org.careloop.assessment.RecordedAssessment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Stored assessment responses and the social needs they found. */
@Repository
public class AssessmentResponses {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    AssessmentResponses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID patientId, UUID practiceId, String instrument, String title,
                       List<AnsweredQuestion> answers, AssessmentResult result, UUID by, OffsetDateTime at) {
        jdbc.sql("""
                insert into assessment_response (id, patient_id, practice_id, instrument, instrument_title, answers, score,
                       severity, positive, flags, follow_ups, administered_by, administered_at)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(id, patientId, practiceId, instrument, title, JSON.writeValueAsString(answers), result.score(),
                        result.severity(), result.positive(), result.flags().toArray(String[]::new),
                        JSON.writeValueAsString(result.followUps()), by, at)
                .update();
        for (AssessmentResult.SocialNeed need : result.needs()) {
            jdbc.sql("""
                    insert into social_need (id, patient_id, practice_id, assessment_id, domain, description, identified_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), patientId, practiceId, id, need.domain(), need.description(), at).update();
        }
    }

    /** Marks earlier open positive screens of an instrument as followed up, such as a PHQ-2 by a later PHQ-9. */
    public void markFollowedUp(UUID patientId, String instrument, OffsetDateTime at) {
        jdbc.sql("""
                update assessment_response set followed_up_at = ?
                 where patient_id = ? and instrument = ? and positive and followed_up_at is null""")
                .params(at, patientId, instrument).update();
    }

    /** The provider reviewed an open positive screen and recorded the plan; 0 when it is not open any more. */
    public int markReviewed(UUID assessmentId, UUID patientId, FollowUpPlan plan, UUID by, OffsetDateTime at) {
        return jdbc.sql("""
                update assessment_response set followed_up_at = ?, reviewed_by = ?, reviewed_at = ?, follow_up_plan = ?,
                       follow_up_choice = ?
                 where id = ? and patient_id = ? and followed_up_at is null""")
                .params(at, by, at, plan.plan(), plan.choice() == null ? null : plan.choice().name(), assessmentId,
                        patientId)
                .update();
    }

    public List<RecordedAssessment> of(UUID patientId) {
        return jdbc.sql("""
                select r.*, coalesce((select jsonb_agg(jsonb_build_object('domain', n.domain, 'description', n.description))
                                        from social_need n where n.assessment_id = r.id), '[]') as needs
                  from assessment_response r where r.patient_id = ? order by r.administered_at desc, r.id""")
                .param(patientId).query(AssessmentResponses::map).list();
    }

    /** Patients with a positive screen nobody has followed up yet, with the instruments concerned. */
    /** Each (patient, instrument, time) administered of these instruments, for rules over many patients. */
    public List<org.careloop.assessment.Administered> administered(Collection<UUID> patients, Collection<String> instruments) {
        if (patients.isEmpty() || instruments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select patient_id, instrument, instrument_title, administered_at from assessment_response
                 where patient_id = any(?) and instrument = any(?)""")
                .params(patients.toArray(UUID[]::new), instruments.toArray(String[]::new))
                .query(org.careloop.assessment.Administered.class).list();
    }

    public List<OpenScreen> openPositiveScreens(Collection<UUID> patients) {
        if (patients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select patient_id, id, instrument_title, administered_at, score, severity, flags from assessment_response
                 where positive and followed_up_at is null and patient_id = any(?)
                 order by administered_at, id""")
                .param(patients.toArray(UUID[]::new))
                .query((rs, n) -> new OpenScreen(rs.getObject("patient_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("instrument_title"), rs.getObject("administered_at", OffsetDateTime.class),
                        (Integer) rs.getObject("score"), rs.getString("severity"), flags(rs)))
                .list();
    }

    private static List<String> flags(ResultSet rs) throws SQLException {
        Array flags = rs.getArray("flags");
        return flags == null ? List.of() : Arrays.asList((String[]) flags.getArray());
    }

    private static RecordedAssessment map(ResultSet rs, int row) throws SQLException {
        String plan = rs.getString("follow_up_plan");
        String choice = rs.getString("follow_up_choice");
        return new RecordedAssessment(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getString("instrument"), rs.getString("instrument_title"), (Integer) rs.getObject("score"),
                rs.getString("severity"), rs.getBoolean("positive"),
                flags(rs),
                JSON.readValue(rs.getString("follow_ups"), new TypeReference<List<String>>() { }),
                JSON.readValue(rs.getString("needs"), new TypeReference<List<AssessmentResult.SocialNeed>>() { }),
                JSON.readValue(rs.getString("answers"), new TypeReference<List<AnsweredQuestion>>() { }),
                rs.getObject("administered_by", UUID.class), rs.getObject("administered_at", OffsetDateTime.class),
                rs.getObject("followed_up_at", OffsetDateTime.class),
                plan == null ? null : new FollowUpPlan(plan, choice == null ? null : FollowUpPlan.Choice.valueOf(choice)),
                rs.getObject("reviewed_by", UUID.class));
    }
}
