package org.careloop.careplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.careloop.careplan.internal.PatientCopyPrinter;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientContact;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** The patient's copy of the plan (CMS requires one be given), as a large-type PDF. Each copy is audited as an export. */
@Service
public class PatientCopies {

    private final CarePlans plans;
    private final PatientRegistry patients;
    private final Practices practices;
    private final Staff staff;
    private final PatientCopyPrinter printer;
    private final ObjectProvider<WishesForThePlan> wishes;
    private final Clock clock;

    PatientCopies(CarePlans plans, PatientRegistry patients, Practices practices, Staff staff,
                  PatientCopyPrinter printer, ObjectProvider<WishesForThePlan> wishes, Clock clock) {
        this.wishes = wishes;
        this.plans = plans;
        this.patients = patients;
        this.practices = practices;
        this.staff = staff;
        this.printer = printer;
        this.clock = clock;
    }

    public byte[] pdf(UUID planId) {
        return printer.print(copy(planId));
    }

    public PatientCopy copy(UUID planId) {
        CarePlanView plan = plans.export(planId);
        PatientRecord patient = patients.find(plan.patientId());
        CarePlanContent content = plan.content();
        List<PatientCopy.Goal> goals = content.goals().stream()
                .filter(goal -> goal.status() == null || !goal.status().closed())
                .map(goal -> new PatientCopy.Goal(
                        goal.patientWords() == null || goal.patientWords().isBlank() ? goal.description() : goal.patientWords(),
                        goal.target() == null ? goal.description() : goal.target().text(), goal.targetDate(),
                        goal.achievement() == null ? null : goal.achievement().plainWords()))
                .toList();
        List<PlanIntervention> byDueDate = content.interventions().stream()
                .sorted(Comparator.comparing(PlanIntervention::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new PatientCopy(patient.givenNames() + " " + patient.familyName(),
                practices.find(plan.practiceId()).map(p -> p.name()).orElse(""), plan.program(), plan.version(),
                LocalDate.now(clock), goals,
                byDueDate.stream().filter(i -> i.responsibleParty().patientSide()).map(PatientCopies::task).toList(),
                byDueDate.stream().filter(i -> !i.responsibleParty().patientSide()).map(PatientCopies::task).toList(),
                content.barriers(), content.strengths(), content.preferences(),
                content.review() == null ? null : content.review().nextReviewOn(), contacts(plan, patient),
                wishes.stream().flatMap(source -> source.of(plan.patientId()).stream()).findFirst().orElse(null));
    }

    private List<PatientCopy.Contact> contacts(CarePlanView plan, PatientRecord patient) {
        List<PatientCopy.Contact> contacts = new ArrayList<>();
        if (patient.assignedCareManagerId() != null) {
            staff.find(patient.assignedCareManagerId()).ifPresent(cm ->
                    contacts.add(new PatientCopy.Contact("Your care manager", cm.displayName(), null)));
        }
        if (plan.lastSignature() != null) {
            contacts.add(new PatientCopy.Contact("Your doctor", plan.lastSignature().providerName(), null));
        }
        patient.contacts().stream().filter(c -> c.kind() == PatientContact.Kind.CAREGIVER).forEach(c ->
                contacts.add(new PatientCopy.Contact("Your caregiver", c.name(), c.phone())));
        return contacts;
    }

    private static String task(PlanIntervention intervention) {
        String who = intervention.responsibleName() == null || intervention.responsibleName().isBlank() ? ""
                : " (" + intervention.responsibleName() + ")";
        return intervention.description() + who + (intervention.dueOn() == null ? "" : " — by " + intervention.dueOn());
    }
}
