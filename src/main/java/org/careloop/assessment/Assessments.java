package org.careloop.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.careloop.NotFound;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Callers;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientGate;
import org.careloop.assessment.internal.AssessmentResponses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's assessments: administer an instrument (score it, store it, raise what it calls for) and read them
 * back, newest first. Scoped to the caller's practices and audited.
 */
@Service
public class Assessments {

    static final String RESOURCE = "QuestionnaireResponse";

    private final Assessor assessor;
    private final AssessmentResponses responses;
    private final PatientGate gate;
    private final Callers callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(Assessor assessor, AssessmentResponses responses, PatientGate gate, Callers callers,
                ApplicationEventPublisher events, Clock clock) {
        this.assessor = assessor;
        this.responses = responses;
        this.gate = gate;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Scores and stores the answers. A PHQ-9 item 9 above zero opens a same-day nurse escalation in the same
     * transaction; social needs from AHC HRSN are stored on the patient and announced for the care plan; a follow-up
     * screen closes the open positive screen that asked for it ({@link FollowUpScreens}: a PHQ-9 closes a PHQ-2).
     */
    @Transactional
    public RecordedAssessment administer(UUID patientId, String instrument, List<Answer> answers) {
        UUID id = UUID.randomUUID();
        return gate.change(patientId, AuditAction.CREATE, RESOURCE, id, access -> administer(access, id, instrument, answers));
    }

    private RecordedAssessment administer(PatientAccess access, UUID id, String instrument, List<Answer> answers) {
        UUID patientId = access.patientId();
        UUID practice = access.practiceId();
        Assessor.Scored scored = assessor.assess(instrument, answers);
        UUID by = callers.current().userId();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        responses.insert(id, patientId, practice, scored.instrument().code(), scored.instrument().title(),
                scored.answers(), scored.result(), by, now);
        for (String screen : FollowUpScreens.followedUpBy(scored.instrument().code())) {
            responses.markFollowedUp(patientId, screen, now);
        }
        events.publishEvent(new AssessmentRecorded(id, patientId, practice, scored.instrument().code(),
                scored.result(), by, now.toInstant()));
        if (!scored.result().needs().isEmpty()) {
            events.publishEvent(new SocialNeedsIdentified(patientId, practice, id, scored.result().needs(), now.toInstant()));
        }
        return responses.of(patientId).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    public List<RecordedAssessment> of(UUID patientId) {
        gate.open(patientId, AuditAction.READ, RESOURCE);
        return responses.of(patientId);
    }

    /**
     * A provider reviewed a positive screen and says what happens next: the plan is stored with who and when, and
     * the screen leaves the worklist and the inbox. A blank plan is refused naming {@code plan}, nothing stored.
     */
    @Transactional
    public void followedUp(UUID patientId, UUID assessmentId, FollowUpPlan plan) {
        FollowUpPlan checked = (plan == null ? new FollowUpPlan(null, null) : plan).checked();
        UUID by = callers.current().userId();
        gate.change(patientId, AuditAction.UPDATE, RESOURCE, assessmentId, access -> {
            if (responses.markReviewed(assessmentId, patientId, checked, by,
                    OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)) == 0) {
                throw new NotFound("No open screen " + assessmentId + " for patient " + patientId);
            }
            return assessmentId;
        });
    }

    /**
     * When each of these patients was given one of these instruments (codes such as {@code PHQ-2}), for rules over
     * a whole practice such as care gaps (no audit: the caller audits what it shows).
     */
    public List<Administered> administered(Collection<UUID> patients, Collection<String> instruments) {
        return responses.administered(patients, instruments);
    }

    /** Positive screens without follow-up, for the worklist (no audit: the worklist audits its own read). */
    public List<OpenScreen> openPositiveScreens(Collection<UUID> patients) {
        return responses.openPositiveScreens(patients);
    }
}
