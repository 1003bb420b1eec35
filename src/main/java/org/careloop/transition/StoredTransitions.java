package org.careloop.transition;

import java.sql.ResultSet;
import java.sql.SQLException;
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

import org.careloop.StaleVersion;
import org.careloop.outreach.InteractionKind;
import org.careloop.outreach.InteractionOutcome;
import org.careloop.transition.HospitalEncounterReported.Diagnosis;
import org.careloop.transition.HospitalEncounterReported.DischargeDisposition;
import org.careloop.transition.HospitalEncounterReported.EncounterClass;
import org.careloop.transition.internal.TransitionDeadlines.Deadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored transitions with their diagnoses and contacts. Callers check practice scope; this class only stores. */
@Repository
class StoredTransitions {

    private final JdbcClient jdbc;

    StoredTransitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Transition> find(UUID id, UUID[] practices) {
        return load("t.id = ? and t.practice_id = any(?)", id, practices).stream().findFirst();
    }

    /** The transition the sender's visit number names, for an update or a cancel. */
    Optional<Transition> byVisit(UUID patientId, TransitionKind kind, String visitNumber) {
        return load("t.patient_id = ? and t.kind = ? and t.visit_number = ?", patientId, kind.name(), visitNumber)
                .stream().findFirst();
    }

    /** A stay sent without a visit number is known again by its facility and discharge day. */
    Optional<Transition> bySameStay(UUID patientId, TransitionKind kind, String facility, LocalDate dischargedOn) {
        return load("t.patient_id = ? and t.kind = ? and t.visit_number is null and t.facility = ? and t.discharged_on = ?",
                patientId, kind.name(), facility, dischargedOn).stream().findFirst();
    }

    /** Every transition of the patient, the latest discharge first. */
    List<Transition> ofPatient(UUID patientId) {
        return load("t.patient_id = ?", patientId);
    }

    /** The patients' transitions not withdrawn that ended on or after {@code since}. */
    List<Transition> activeOf(Collection<UUID> patientIds, LocalDate since) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return load("t.patient_id = any(?) and t.discharged_on >= ? and t.withdrawn_at is null",
                patientIds.toArray(UUID[]::new), since);
    }

    /** The practice's discharges not withdrawn whose 30-day period ends between the two days. */
    List<Transition> periodsEnding(UUID practiceId, LocalDate from, LocalDate to) {
        return load("t.practice_id = ? and t.kind = 'DISCHARGE' and t.withdrawn_at is null and t.period_ends_on between ? and ?",
                practiceId, from, to);
    }

    void insert(Transition transition) {
        jdbc.sql("""
                insert into transition (id, practice_id, patient_id, kind, encounter_class, facility, visit_number,
                                        discharged_on, contact_due_by, phase, opened_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(transition.id(), transition.practiceId(), transition.patientId(), transition.kind().name(),
                        transition.stay().encounterClass().name(), transition.stay().facility(),
                        transition.stay().visitNumber(), transition.stay().dischargedOn(),
                        transition.deadlines().contactDueBy(), transition.phase().name(),
                        OffsetDateTime.ofInstant(transition.openedAt(), ZoneOffset.UTC))
                .update();
        save(transition);
    }

    /** Writes the transition's state if nobody changed it since it was loaded; else refuses as stale. */
    void save(Transition transition) {
        Transition.Stay stay = transition.stay();
        Deadlines deadlines = transition.deadlines();
        Transition.FaceToFace visit = transition.faceToFace();
        DischargeDisposition disposition = stay.disposition();
        int updated = jdbc.sql("""
                update transition set encounter_class = :class, facility = :facility, visit_number = :visit,
                       admitted_on = :admitted, discharged_on = :discharged, disposition_system = :dispositionSystem,
                       disposition_code = :dispositionCode, disposition_display = :dispositionDisplay, source = :source,
                       contact_due_by = :contactDue, high_complexity_visit_by = :highBy, face_to_face_due_by = :visitBy,
                       period_ends_on = :periodEnds, medications_reconciled_on = :reconciled,
                       reconciliation_id = :reconciliation, face_to_face_on = :visited, decision_making = :mdm,
                       face_to_face_by = :provider, face_to_face_npi = :npi, withdrawn_at = :withdrawnAt,
                       withdrawn_reason = :withdrawnReason, phase = :phase, version = :version
                 where id = :id and version = :loaded""")
                .param("class", stay.encounterClass().name()).param("facility", stay.facility())
                .param("visit", stay.visitNumber()).param("admitted", stay.admittedOn())
                .param("discharged", stay.dischargedOn())
                .param("dispositionSystem", disposition == null ? null : disposition.system())
                .param("dispositionCode", disposition == null ? null : disposition.code())
                .param("dispositionDisplay", disposition == null ? null : disposition.display())
                .param("source", stay.source()).param("contactDue", deadlines.contactDueBy())
                .param("highBy", deadlines.highComplexityVisitBy()).param("visitBy", deadlines.faceToFaceDueBy())
                .param("periodEnds", deadlines.periodEndsOn()).param("reconciled", transition.medicationsReconciledOn())
                .param("reconciliation", transition.reconciliationId())
                .param("visited", visit == null ? null : visit.visitedOn())
                .param("mdm", visit == null ? null : visit.decisionMaking().name())
                .param("provider", visit == null ? null : visit.providerId())
                .param("npi", visit == null ? null : visit.providerNpi())
                .param("withdrawnAt", transition.withdrawal() == null ? null
                        : OffsetDateTime.ofInstant(transition.withdrawal().at(), ZoneOffset.UTC))
                .param("withdrawnReason", transition.withdrawal() == null ? null : transition.withdrawal().reason())
                .param("phase", transition.phase().name()).param("version", transition.version())
                .param("id", transition.id()).param("loaded", transition.loadedVersion()).update();
        if (updated != 1) {
            throw new StaleVersion("Transition " + transition.id() + " was changed by someone else since version "
                    + transition.loadedVersion(), null);
        }
        if (transition.stayChanged()) {
            jdbc.sql("delete from transition_diagnosis where transition_id = ?").param(transition.id()).update();
            List<Diagnosis> diagnoses = stay.diagnoses();
            for (int i = 0; i < diagnoses.size(); i++) {
                Diagnosis diagnosis = diagnoses.get(i);
                jdbc.sql("insert into transition_diagnosis (transition_id, position, code_system, code, display) values (?, ?, ?, ?, ?)")
                        .params(transition.id(), i, diagnosis.system(), diagnosis.code(), diagnosis.display()).update();
            }
        }
        for (Transition.Contact contact : transition.newContacts()) {
            jdbc.sql("""
                    insert into transition_contact (id, transition_id, contacted_on, occurred_at, interactive, kind, outcome,
                                                    interaction_id, staff_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(contact.id(), transition.id(), contact.on(), OffsetDateTime.ofInstant(contact.at(), ZoneOffset.UTC),
                            contact.interactive(), contact.kind().name(), contact.outcome().name(),
                            contact.interactionId(), contact.staffId())
                    .update();
        }
    }

    /** The transitions that {@code where} selects, with their diagnoses and contacts: three queries in all. */
    private List<Transition> load(String where, Object... params) {
        List<Row> rows = jdbc.sql("select t.* from transition t where " + where + " order by t.discharged_on desc, t.opened_at desc")
                .params(params).query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        Map<UUID, List<Diagnosis>> diagnoses = new HashMap<>();
        jdbc.sql("select transition_id, code_system, code, display from transition_diagnosis where transition_id = any(?) order by position")
                .param(ids).query(rs -> {
                    diagnoses.computeIfAbsent(rs.getObject("transition_id", UUID.class), id -> new ArrayList<>())
                            .add(new Diagnosis(rs.getString("code_system"), rs.getString("code"), rs.getString("display")));
                });
        Map<UUID, List<Transition.Contact>> contacts = new HashMap<>();
        jdbc.sql("select * from transition_contact where transition_id = any(?) order by occurred_at, id").param(ids)
                .query(rs -> {
                    contacts.computeIfAbsent(rs.getObject("transition_id", UUID.class), id -> new ArrayList<>())
                            .add(new Transition.Contact(rs.getObject("id", UUID.class),
                                    rs.getObject("contacted_on", LocalDate.class),
                                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getBoolean("interactive"),
                                    InteractionKind.valueOf(rs.getString("kind")),
                                    InteractionOutcome.valueOf(rs.getString("outcome")),
                                    rs.getObject("interaction_id", UUID.class), rs.getObject("staff_id", UUID.class)));
                });
        return rows.stream().map(row -> row.transition(diagnoses.getOrDefault(row.id(), List.of()),
                contacts.getOrDefault(row.id(), List.of()))).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        String dispositionCode = rs.getString("disposition_code");
        String mdm = rs.getString("decision_making");
        OffsetDateTime withdrawnAt = rs.getObject("withdrawn_at", OffsetDateTime.class);
        LocalDate visited = rs.getObject("face_to_face_on", LocalDate.class);
        return new Row(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("practice_id", UUID.class), TransitionKind.valueOf(rs.getString("kind")),
                rs.getObject("opened_at", OffsetDateTime.class), rs.getInt("version"),
                EncounterClass.valueOf(rs.getString("encounter_class")), rs.getString("facility"),
                rs.getString("visit_number"), rs.getObject("admitted_on", LocalDate.class),
                rs.getObject("discharged_on", LocalDate.class),
                dispositionCode == null ? null : new DischargeDisposition(rs.getString("disposition_system"),
                        dispositionCode, rs.getString("disposition_display")),
                rs.getString("source"),
                new Deadlines(rs.getObject("contact_due_by", LocalDate.class),
                        rs.getObject("high_complexity_visit_by", LocalDate.class),
                        rs.getObject("face_to_face_due_by", LocalDate.class),
                        rs.getObject("period_ends_on", LocalDate.class)),
                rs.getObject("medications_reconciled_on", LocalDate.class), rs.getObject("reconciliation_id", UUID.class),
                visited == null ? null : new Transition.FaceToFace(visited, MedicalDecisionMaking.valueOf(mdm),
                        rs.getObject("face_to_face_by", UUID.class), rs.getString("face_to_face_npi")),
                withdrawnAt == null ? null : new Transition.Withdrawal(withdrawnAt.toInstant(),
                        rs.getString("withdrawn_reason")));
    }

    private record Row(UUID id, UUID patientId, UUID practiceId, TransitionKind kind, OffsetDateTime openedAt,
                       int version, EncounterClass encounterClass, String facility, String visitNumber,
                       LocalDate admittedOn, LocalDate dischargedOn, DischargeDisposition disposition, String source,
                       Deadlines deadlines, LocalDate reconciledOn, UUID reconciliationId,
                       Transition.FaceToFace faceToFace, Transition.Withdrawal withdrawal) {

        Transition transition(List<Diagnosis> diagnoses, List<Transition.Contact> contacts) {
            return new Transition(id, patientId, practiceId, kind, openedAt.toInstant(), version,
                    new Transition.Stay(encounterClass, facility, visitNumber, admittedOn, dischargedOn, diagnoses,
                            disposition, source),
                    deadlines, contacts, reconciledOn, reconciliationId, faceToFace, withdrawal);
        }
    }
}
