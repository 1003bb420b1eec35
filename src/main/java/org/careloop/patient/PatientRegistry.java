package org.careloop.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditOutcome;
import org.careloop.audit.PatientDataAccess;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The patients of the caller's practices: look them up, register them, revise their details. A patient of
 * another practice is answered exactly like a missing one ({@link NotFound}), and every read or write leaves an
 * audit event naming the patient and the door (API, UI, FHIR) it came through.
 */
@Service
public class PatientRegistry {

    static final String RESOURCE = "Patient";
    /** A page of the patient list at most, with room to spare. */
    static final int MAX_ASSIGNED_AT_ONCE = 500;

    private final Patients patients;
    private final RegistrationRules rules;
    private final Callers callers;
    private final PatientGate gate;
    private final TransactionTemplate transaction;
    private final Staff staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PatientRegistry(Patients patients, RegistrationRules rules, Callers callers, PatientGate gate,
                    TransactionTemplate transaction, Staff staff, ApplicationEventPublisher events, Clock clock) {
        this.patients = patients;
        this.rules = rules;
        this.callers = callers;
        this.gate = gate;
        this.transaction = transaction;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /** One page of matching patients, in name order; each returned patient is recorded as searched. */
    public PatientPage search(PatientSearch search, int page, int size) {
        Caller caller = callers.current();
        PatientQuery query = new PatientQuery(null, search.name(), search.birthDate(), search.mrn(), null, false, false);
        List<PatientRecord> found = patients.search(query, caller.practiceArray(), page, size);
        long total = patients.count(query, caller.practiceArray());
        recordSearch(found, "search " + search);
        return new PatientPage(found, page, size, total);
    }

    /** Patients carrying an identifier; {@code system} may be null to match the value in any system. */
    public List<PatientRecord> findByIdentifier(String system, String value) {
        List<PatientRecord> found = patients.findByIdentifier(system, value, callers.current().practiceArray());
        recordSearch(found, "identifier " + (system == null ? "" : system + "|") + value);
        return found;
    }

    /** The patient's registry entry; {@link NotFound} when missing or of a practice the caller does not work in. */
    public PatientRecord find(UUID id) {
        PatientRecord patient = patients.find(id, callers.current().practiceArray())
                .orElseThrow(() -> notFound(id, AuditAction.READ));
        gate.record(PatientDataAccess.of(AuditAction.READ, patient.practiceId(), id, RESOURCE, id));
        return patient;
    }

    /** Registers a patient; the practice hands out the next MRN when none is given. */
    public PatientRecord register(PatientDetails details) {
        Caller caller = callers.current();
        refuseProblems(details, caller, null);
        UUID id = UUID.randomUUID();
        try {
            transaction.executeWithoutResult(status -> patients.insert(id,
                    details.mrn() == null || details.mrn().isBlank() ? patients.nextMrn() : details.mrn().trim(), details));
        } catch (DuplicateKeyException sameMrnAtOnce) {
            throw new InvalidRequest("Invalid mrn", Map.of("mrn", "is already used by another patient of this practice"));
        }
        gate.record(PatientDataAccess.of(AuditAction.CREATE, details.practiceId(), id, RESOURCE, id));
        return patients.find(id, caller.practiceArray()).orElseThrow();
    }

    /**
     * Revises a patient's details if nobody changed them since {@code version} was read; otherwise refuses with
     * {@link StaleVersion} and changes nothing. The patient stays in their practice.
     */
    public PatientRecord revise(UUID id, int version, PatientDetails details) {
        Caller caller = callers.current();
        UUID practice = patients.practiceOf(id, caller.practiceArray())
                .orElseThrow(() -> notFound(id, AuditAction.UPDATE));
        PatientDetails inPractice = withPractice(details, practice);
        refuseProblems(inPractice, caller, id);
        String mrn = inPractice.mrn() == null || inPractice.mrn().isBlank()
                ? patients.find(id, caller.practiceArray()).orElseThrow().mrn() : inPractice.mrn().trim();
        Boolean applied = transaction.execute(status -> patients.update(id, version, mrn, inPractice,
                caller.practiceArray()));
        if (!Boolean.TRUE.equals(applied)) {
            Integer current = patients.versionOf(id, caller.practiceArray()).orElse(null);
            gate.record(PatientDataAccess.of(AuditAction.UPDATE, practice, id, RESOURCE, id)
                    .withOutcome(AuditOutcome.FAILED, "stale version " + version + ", current " + current));
            throw new StaleVersion("Patient " + id + " was changed by someone else since version " + version
                    + "; reload it and apply your change again", current);
        }
        gate.record(PatientDataAccess.of(AuditAction.UPDATE, practice, id, RESOURCE, id));
        return patients.find(id, caller.practiceArray()).orElseThrow();
    }

    /**
     * Records that the patient died, on {@code report.diedOn()}, and tells the other modules ({@link PatientDied}) in
     * the same transaction: enrollments end that day, open tasks are cancelled, running timers stop. Care managers,
     * nurses, providers and administrators may record it; a date ahead of today or before birth is refused naming
     * the field, and a patient already recorded as deceased is refused (409).
     */
    public PatientRecord recordDeath(UUID id, DeathReport report) {
        Caller caller = callers.current();
        gate.change(id, AuditAction.UPDATE, RESOURCE, id, access -> {
            if (!caller.hasRole(Role.CARE_MANAGER) && !caller.hasRole(Role.NURSE) && !caller.hasRole(Role.PROVIDER)
                    && !caller.hasRole(Role.ADMIN)) {
                throw new AccessDeniedException("Only care managers, nurses, providers and administrators record a death");
            }
            PatientRecord patient = patients.find(id, caller.practiceArray()).orElseThrow();
            refuseDeathProblems(report, patient);
            patient.death().ifPresent(known -> {
                throw new RefusedTransition("The patient is already recorded as deceased: " + known.banner());
            });
            String source = "recorded by " + staff.find(caller.userId()).map(Staff.Person::displayName)
                    .orElse(caller.username()) + (report.source() == null || report.source().isBlank() ? ""
                    : ": " + report.source().strip());
            String note = report.note() == null || report.note().isBlank() ? null : report.note().strip();
            return transaction.execute(status -> {
                if (!patients.recordDeath(id, access.practiceId(), report.diedOn(), source, note)) {
                    throw new StaleVersion("Patient " + id + " was changed by someone else; reload it", null);
                }
                events.publishEvent(new PatientDied(id, access.practiceId(), report.diedOn(), source, clock.instant()));
                return id;
            });
        });
        return patients.find(id, caller.practiceArray()).orElseThrow();
    }

    private void refuseDeathProblems(DeathReport report, PatientRecord patient) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (report.diedOn() == null) {
            problems.put("diedOn", "is required: the day the patient died");
        } else if (report.diedOn().isAfter(today)) {
            problems.put("diedOn", "cannot be in the future (today is " + today + ")");
        } else if (patient.birthDate() != null && report.diedOn().isBefore(patient.birthDate())) {
            problems.put("diedOn", "cannot be before the patient's birth date " + patient.birthDate());
        }
        if (report.source() != null && report.source().strip().length() > 150) {
            problems.put("source", "is at most 150 characters");
        }
        if (report.note() != null && report.note().strip().length() > 2000) {
            problems.put("note", "is at most 2000 characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }

    /**
     * Assigns one care manager to many patients, all or nothing: a patient the caller cannot reach is answered
     * {@link NotFound} and a care manager who is not one of every patient's practice is refused naming
     * {@code careManagerId}, before anything changes. Each patient changed is recorded as updated.
     */
    public List<UUID> assignCareManager(List<UUID> patientIds, UUID careManagerId) {
        Caller caller = callers.current();
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (patientIds == null || patientIds.isEmpty() || patientIds.contains(null)) {
            problems.put("patientIds", "must name one or more patients");
        } else if (patientIds.size() > MAX_ASSIGNED_AT_ONCE) {
            problems.put("patientIds", "must name at most " + MAX_ASSIGNED_AT_ONCE + " patients at once");
        }
        if (careManagerId == null) {
            problems.put("careManagerId", "must be a care manager of the patients' practice");
        }
        refuse(problems);
        List<UUID> distinct = patientIds.stream().distinct().toList();
        Map<UUID, UUID> practices = patients.practicesOf(distinct, caller.practiceArray());
        for (UUID id : distinct) {
            if (!practices.containsKey(id)) {
                throw notFound(id, AuditAction.UPDATE);
            }
        }
        practices.values().stream().distinct().map(practice -> rules.careManagerProblem(practice, careManagerId))
                .flatMap(java.util.Optional::stream).findFirst()
                .ifPresent(problem -> refuse(Map.of("careManagerId", problem)));
        transaction.executeWithoutResult(status -> patients.assignCareManager(distinct, careManagerId,
                caller.practiceArray()));
        gate.recordAll(distinct.stream().map(id -> new PatientDataAccess(AuditAction.UPDATE, practices.get(id), id,
                RESOURCE, id.toString(), AuditOutcome.SUCCESS, "care manager " + careManagerId + " assigned")).toList());
        return distinct;
    }

    private void refuseProblems(PatientDetails details, Caller caller, UUID patientId) {
        refuse(rules.problems(details, caller, patientId, LocalDate.now(clock)));
    }

    private static void refuse(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }

    private NotFound notFound(UUID id, AuditAction action) {
        gate.record(PatientDataAccess.of(action, null, id, RESOURCE, id)
                .withOutcome(AuditOutcome.NOT_FOUND, "no such patient in the caller's practices"));
        return new NotFound("No patient " + id);
    }

    private void recordSearch(List<PatientRecord> found, String detail) {
        if (found.isEmpty()) {
            gate.record(new PatientDataAccess(AuditAction.SEARCH, null, null, RESOURCE, null,
                    AuditOutcome.SUCCESS, detail + ": no patients"));
            return;
        }
        gate.recordAll(found.stream().map(patient -> new PatientDataAccess(AuditAction.SEARCH,
                patient.practiceId(), patient.id(), RESOURCE, patient.id().toString(), AuditOutcome.SUCCESS, detail))
                .toList());
    }

    private static PatientDetails withPractice(PatientDetails d, UUID practice) {
        return new PatientDetails(practice, d.mrn(), d.familyName(), d.givenNames(), d.birthDate(), d.sex(),
                d.deceasedOn(), d.phone(), d.email(), d.preferredContactMethod(), d.bestTimeToCall(),
                d.preferredLanguage(), d.interpreterNeeded(), d.address(), d.assignedCareManagerId(), d.status(),
                d.identifiers(), d.contacts(), d.medicareId());
    }
}
