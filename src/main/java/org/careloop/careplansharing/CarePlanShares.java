package org.careloop.careplansharing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.careloop.NotFound;
import org.careloop.audit.AuditAction;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlans;
import org.careloop.directory.Directory;
import org.careloop.directory.PractitionerContact;
import org.careloop.identity.Callers;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientGate;
import org.careloop.patient.PatientRegistry;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sharing a patient's care plan with the care team outside the practice, and the record of it. CMS asks that the
 * plan be available to everyone involved in the patient's care; the record says which version went to whom, how,
 * by whom and when. An e-mail is recorded only once the mail server took it (the record and the sending are one
 * transaction); a FHIR share keeps the bundle handed over. Every share and read passes the patient's gate.
 */
@Service
public class CarePlanShares {

    static final String RESOURCE = "CarePlanShare";

    private final StoredShares shares;
    private final CarePlans plans;
    private final CarePlanBundles bundles;
    private final PlanMail mail;
    private final Directory directory;
    private final PatientGate gate;
    private final PatientRegistry patients;
    private final Practices practices;
    private final Staff staff;
    private final Callers callers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CarePlanShares(StoredShares shares, CarePlans plans, CarePlanBundles bundles, PlanMail mail, Directory directory,
                   PatientGate gate, PatientRegistry patients, Practices practices, Staff staff, Callers callers,
                   TransactionTemplate transaction, Clock clock) {
        this.shares = shares;
        this.plans = plans;
        this.bundles = bundles;
        this.mail = mail;
        this.directory = directory;
        this.gate = gate;
        this.patients = patients;
        this.practices = practices;
        this.staff = staff;
        this.callers = callers;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Shares the plan: by e-mail (refused with {@link MailNotSent} when e-mail is not set up or the server refuses,
     * recording nothing) or as a FHIR bundle, answered with the record.
     */
    public SharedPlan share(UUID patientId, NewShare request) {
        return gate.create(patientId, RESOURCE, access -> {
            Optional<PractitionerContact> practitioner = request.practitionerId() == null ? Optional.empty()
                    : directory.practitioner(request.practitionerId());
            ShareRules.Checked checked = ShareRules.check(request, plans.forPatient(patientId), practitioner);
            JavaMailSender sender = checked.method() == ShareMethod.EMAIL ? mail.sender() : null;
            CarePlanView plan = plans.export(checked.plan().id());
            UUID sharer = callers.current().userId();
            CarePlanShare share = new CarePlanShare(UUID.randomUUID(), patientId, plan.id(), plan.program(),
                    plan.version(), checked.recipientName(), checked.email(), checked.practitionerId(),
                    checked.method(), sharer, null, clock.instant());
            String bundle = checked.method() == ShareMethod.FHIR_BUNDLE ? bundles.bundle(plan) : null;
            transaction.executeWithoutResult(status -> {
                shares.insert(share, access.practiceId(), bundle);
                if (sender != null) {
                    mail.send(sender, checked.email(), summary(plan, checked.recipientName(), sharer));
                }
            });
            return new SharedPlan(named(List.of(share)).get(0), bundle);
        }, shared -> shared.share().id());
    }

    /** The patient's shares, newest first. */
    public List<CarePlanShare> forPatient(UUID patientId) {
        gate.open(patientId, AuditAction.READ, RESOURCE);
        return named(shares.ofPatient(patientId));
    }

    /** The shares of one plan, newest first; the plan is read through the care plan module's gate. */
    public List<CarePlanShare> forPlan(UUID planId) {
        CarePlanView plan = plans.find(planId);
        gate.open(plan.patientId(), AuditAction.READ, RESOURCE, planId);
        return named(shares.ofPlan(planId));
    }

    /** The FHIR bundle a share handed over, exactly as it was; recorded as an export. */
    public String bundle(UUID shareId) {
        CarePlanShare share = shares.find(shareId)
                .orElseThrow(() -> gate.refuse(AuditAction.EXPORT, RESOURCE, shareId, "No care plan share " + shareId));
        gate.open(share.patientId(), AuditAction.EXPORT, RESOURCE, shareId);
        return shares.bundle(shareId).orElseThrow(() -> new NotFound("Share " + shareId + " was an e-mail, not a bundle"));
    }

    private PlanSummary summary(CarePlanView plan, String recipient, UUID sharer) {
        String practice = practices.find(plan.practiceId()).map(p -> p.name()).orElse("the practice");
        String sender = staff.find(sharer).map(p -> p.displayName() + (p.credential() == null ? "" : ", " + p.credential()))
                .orElse(callers.current().username());
        return PlanSummary.of(plan, patients.find(plan.patientId()), practice, sender, recipient, clock.getZone(),
                LocalDate.now(clock));
    }

    private List<CarePlanShare> named(List<CarePlanShare> found) {
        Map<UUID, Staff.Person> people = staff.byId(found.stream().map(CarePlanShare::sharedById)
                .filter(Objects::nonNull).toList());
        return found.stream().map(share -> share.named(people.containsKey(share.sharedById())
                ? people.get(share.sharedById()).displayName() : null)).toList();
    }
}
