package org.careloop.medication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.careloop.StaleVersion;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.medication.MedicationList.ListedMedication;
import org.careloop.medication.internal.ListReconciliation;
import org.careloop.medication.internal.StoredLists;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientGate;
import org.careloop.program.CareProgram;
import org.careloop.timetracking.CareActivity;
import org.careloop.timetracking.NewTimeEntry;
import org.careloop.timetracking.TimeDetails;
import org.careloop.timetracking.TimeLog;
import org.careloop.timetracking.TimeSpan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Medication reconciliation: a care manager, nurse or provider goes through the current list with the patient and
 * signs the next list. In one transaction the answers are checked against the list as it is now (a list signed by
 * someone else meanwhile makes the reconciliation stale, 409), the list is stored, the minutes given are logged as
 * medication-reconciliation time for the signer (CMS counts it as care-management time), and
 * {@link MedicationsReconciled} is announced (a transition of care counts it as its medication reconciliation).
 */
@Service
public class MedicationReconciliation {

    private static final Set<Role> CARE_TEAM = Set.of(Role.CARE_MANAGER, Role.NURSE, Role.PROVIDER);

    private final MedicationLists lists;
    private final StoredLists stored;
    private final PatientGate gate;
    private final TimeLog timeLog;
    private final Callers callers;
    private final Staff staff;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MedicationReconciliation(MedicationLists lists, StoredLists stored, PatientGate gate, TimeLog timeLog,
                             Callers callers, Staff staff, TransactionTemplate transaction,
                             ApplicationEventPublisher events, Clock clock) {
        this.lists = lists;
        this.stored = stored;
        this.gate = gate;
        this.timeLog = timeLog;
        this.callers = callers;
        this.staff = staff;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Signs the next list of the patient from the answers. Refused naming the field when an answer is missing,
     * unknown or without its reason; refused as stale when the list changed since {@code version}; refused when the
     * patient died or the caller is not on the care team.
     */
    public MedicationList reconcile(UUID patientId, Reconciliation request) {
        return gate.create(patientId, MedicationLists.RESOURCE, access -> {
            Caller caller = callers.current();
            if (CARE_TEAM.stream().noneMatch(caller::hasRole)) {
                throw new AccessDeniedException("Only care managers, nurses and providers reconcile medications");
            }
            gate.refuseIfDeceased(access, "reconcile the medications");
            return transaction.execute(status -> sign(access, caller, request));
        }, MedicationList::id);
    }

    private MedicationList sign(PatientAccess access, Caller caller, Reconciliation request) {
        CurrentMedications current = lists.current(access);
        List<ListedMedication> reviewed = ListReconciliation.reviewed(current, request, lists.table());
        Staff.Person signer = staff.find(caller.userId()).orElseThrow();
        LocalDate today = lists.today(access);
        int number = current.version() + 1;
        UUID timeEntry = request.minutes() == null ? null : timeLog.log(access.patientId(), new NewTimeEntry(
                new TimeDetails(request.program() == null ? CareProgram.CCM : request.program(),
                        CareActivity.MEDICATION_RECONCILIATION,
                        TimeSpan.ofMinutes(clock.instant().minusSeconds(60L * request.minutes()), request.minutes()),
                        null, "Medication reconciliation: list " + number + " signed, " + reviewed.size()
                        + (reviewed.size() == 1 ? " medication" : " medications") + " reviewed"),
                false, null)).id();
        MedicationList list = new MedicationList(UUID.randomUUID(), access.patientId(), number, today, signer.id(),
                signer.displayName(), signer.credential(), clock.instant(), request.minutes(), timeEntry,
                request.note() == null || request.note().isBlank() ? null : request.note().trim(), true, reviewed);
        try {
            stored.insert(list, access.practiceId());
        } catch (DuplicateKeyException raced) {
            throw new StaleVersion("Another reconciliation of this patient's medications was signed at the same time "
                    + "(list " + number + "); read the current list and reconcile it again.", number);
        }
        events.publishEvent(new MedicationsReconciled(access.patientId(), access.practiceId(), list.id(), today,
                signer.id()));
        return list;
    }
}
