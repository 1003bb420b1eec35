package org.careloop.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.StaleVersion;
import org.careloop.audit.AuditAction;
import org.careloop.careplan.CarePlanning;
import org.careloop.careplan.CarePlans;
import org.careloop.careplan.OpenSocialNeed;
import org.careloop.community.CommunityDirectory;
import org.careloop.community.CommunityService;
import org.careloop.community.ServiceCategory;
import org.careloop.identity.Callers;
import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientGate;
import org.careloop.patient.PatientGate.Listed;
import org.careloop.patient.PatientRegistry;
import org.careloop.referral.internal.ReferralMail;
import org.careloop.referral.internal.ReferralSettings;
import org.careloop.referral.internal.ResponseWindow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The care team's referrals: refer a patient to a community service (sent by e-mail with the letter attached, or
 * printed), read them, record what the service answered and, closing the loop, the outcome, which the patient's care
 * plan then shows for the need. Every call passes the patient gate: another practice's patient, or a referral of
 * one, is not found, and nothing changes. Referring and recording answers is the care team's (care managers, nurses,
 * providers); a stale version is refused.
 */
@Service
public class Referrals {

    static final String RESOURCE = "Referral";
    private static final Set<Role> CARE_TEAM = Set.of(Role.CARE_MANAGER, Role.NURSE, Role.PROVIDER);

    private final StoredReferrals stored;
    private final PatientGate gate;
    private final CommunityDirectory directory;
    private final CarePlans carePlans;
    private final CarePlanning carePlanning;
    private final ReferralLetters letters;
    private final ReferralMail mail;
    private final ReferralSettings settings;
    private final Staff staff;
    private final PatientRegistry patients;
    private final Practices practices;
    private final Callers callers;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Referrals(StoredReferrals stored, PatientGate gate, CommunityDirectory directory, CarePlans carePlans,
              CarePlanning carePlanning, ReferralLetters letters, ReferralMail mail, ReferralSettings settings,
              Staff staff, PatientRegistry patients, Practices practices, Callers callers, TransactionTemplate transaction,
              ApplicationEventPublisher events, Clock clock) {
        this.stored = stored;
        this.gate = gate;
        this.directory = directory;
        this.carePlans = carePlans;
        this.carePlanning = carePlanning;
        this.letters = letters;
        this.mail = mail;
        this.settings = settings;
        this.staff = staff;
        this.patients = patients;
        this.practices = practices;
        this.callers = callers;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Refers the patient and sends the referral. By e-mail, the letter goes to the service's intake address before
     * the referral is stored: when the mail server is missing or refuses, nothing is stored ({@link ReferralNotSent}).
     * Printed, it is stored as sent on {@code sentOn} and its letter is ready to print.
     */
    public ReferralView refer(UUID patientId, NewReferral request) {
        return gate.create(patientId, RESOURCE, access -> refer(access, request), ReferralView::id);
    }

    private ReferralView refer(PatientAccess access, NewReferral request) {
        refuseUnlessCareTeam();
        gate.refuseIfDeceased(access, "refer the patient");
        LocalDate today = today(access.practiceId());
        Map<String, String> problems = new LinkedHashMap<>();
        CommunityService service = service(request, access, problems);
        OpenSocialNeed need = need(request, access, problems);
        ServiceCategory category = category(request, need, service, problems);
        UUID careManager = careManager(request, access, problems);
        LocalDate sentOn = ReferralRules.sentOn(request, today, problems);
        ReferralRules.check(request, sentOn, problems);
        if (request.delivery() == Delivery.EMAIL && service != null && service.intakeEmail() == null) {
            problems.put("delivery", service.name() + " has no intake e-mail address; print the letter for fax or hand delivery");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        Referral referral = Referral.send(new Referral.Details(access.practiceId(), access.patientId(), service.id(),
                        service.name(), service.organization().name(), category,
                        need == null ? null : need.sdohDomain(), need == null ? null : need.description(),
                        request.request().trim(), ReferralRules.trimmed(request.consent()),
                        request.urgency() == null ? Urgency.ROUTINE : request.urgency(), careManager),
                new Referral.Sending(request.delivery(), request.delivery() == Delivery.EMAIL ? service.intakeEmail() : null,
                        sentOn, clock.instant(), callers.current().username()));
        return transaction.execute(status -> {
            stored.insert(referral);
            if (request.delivery() == Delivery.EMAIL) {
                letters.email(referral);
            }
            publish(referral);
            return view(referral);
        });
    }

    /** One referral, as the care team reads it. */
    public ReferralView find(UUID referralId) {
        Referral referral = locate(referralId, AuditAction.READ);
        gate.open(referral.details().patientId(), AuditAction.READ, RESOURCE, referralId);
        return view(referral);
    }

    /** A referral to be sent outside CareLoop (FHIR): audited as an export. */
    public ReferralView export(UUID referralId) {
        Referral referral = locate(referralId, AuditAction.EXPORT);
        gate.open(referral.details().patientId(), AuditAction.EXPORT, RESOURCE, referralId);
        return view(referral);
    }

    /** The referral letter as PDF, to print for fax or hand delivery: audited as an export. */
    public byte[] letter(UUID referralId) {
        Referral referral = locate(referralId, AuditAction.EXPORT);
        gate.open(referral.details().patientId(), AuditAction.EXPORT, RESOURCE, referralId);
        return letters.pdf(referral);
    }

    /** The patient's referrals, newest first; each one read is audited. */
    public List<ReferralView> forPatient(UUID patientId) {
        gate.check(patientId, AuditAction.READ, RESOURCE);
        return gate.listed(AuditAction.READ, RESOURCE, stored.forPatient(patientId),
                referral -> new Listed(referral.details().patientId(), referral.details().practiceId(), referral.id()))
                .stream().map(this::view).toList();
    }

    /**
     * The patient's referrals to a transportation service, newest first, for booking an appointment's ride; each one
     * read is audited.
     */
    public List<RideReferral> ridesFor(UUID patientId) {
        return forPatient(patientId).stream().filter(r -> r.category() == ServiceCategory.TRANSPORTATION)
                .map(RideReferral::of).toList();
    }

    /**
     * The referral named as an appointment's ride, for a module that has opened the patient: empty unless it is this
     * patient's referral to a transportation service.
     */
    public Optional<RideReferral> rideOf(PatientAccess access, UUID referralId) {
        return stored.find(referralId)
                .filter(r -> r.details().patientId().equals(access.patientId())
                        && r.details().practiceId().equals(access.practiceId()))
                .map(this::view).filter(r -> r.category() == ServiceCategory.TRANSPORTATION).map(RideReferral::of);
    }

    /**
     * The rides named by appointments a module shows for patients it has already opened or listed (the call page,
     * the worklist), by referral id; referrals of other patients than {@code patientIds} are left out.
     */
    public Map<UUID, RideReferral> rides(Collection<UUID> referralIds, Collection<UUID> patientIds) {
        Map<UUID, RideReferral> rides = new HashMap<>();
        for (UUID id : new HashSet<>(referralIds)) {
            stored.find(id).filter(r -> patientIds.contains(r.details().patientId()))
                    .ifPresent(r -> rides.put(id, RideReferral.of(view(r))));
        }
        return rides;
    }

    /**
     * Records what was heard back. Closing with an outcome records how far the need is met on the patient's living
     * care plans, in the same transaction.
     */
    public ReferralView update(UUID referralId, ReferralUpdate update) {
        Referral located = locate(referralId, AuditAction.UPDATE);
        String by = callers.current().username();
        return gate.change(located.details().patientId(), AuditAction.UPDATE, RESOURCE, referralId, access -> {
            refuseUnlessCareTeam();
            ReferralRules.check(update);
            return transaction.execute(status -> {
                Referral referral = stored.findForChange(referralId).orElseThrow(() -> new NotFound("No referral " + referralId));
                switch (update.status()) {
                    case ACCEPTED -> referral.accept(update.version(), update.note(), by, clock.instant());
                    case DECLINED -> referral.decline(update.version(), update.reason(), by, clock.instant());
                    case SERVICE_PROVIDED, NOT_PROVIDED -> referral.recordOutcome(update.version(),
                            update.status() == ReferralStatus.SERVICE_PROVIDED, update.needStatus(), update.note(), by,
                            clock.instant());
                    default -> throw new InvalidRequest("Invalid status", Map.of("status",
                            "must be ACCEPTED, DECLINED, SERVICE_PROVIDED or NOT_PROVIDED (NO_RESPONSE is the scheduler's)"));
                }
                if (!stored.update(referral)) {
                    throw new StaleVersion("The referral was changed by someone else since version " + update.version(),
                            referral.loadedVersion());
                }
                if (referral.status().closedWithOutcome() && referral.details().needDomain() != null) {
                    carePlanning.recordSocialNeedOutcome(referral.details().patientId(), referral.details().needDomain(),
                            referral.needStatus(), "Referral to " + referral.details().organizationName() + " closed: "
                                    + referral.status().name().toLowerCase().replace('_', ' '));
                }
                publish(referral);
                return view(referral);
            });
        });
    }

    ReferralView view(Referral referral) {
        String careManager = staff.find(referral.details().careManagerId()).map(Staff.Person::displayName).orElse(null);
        return referral.view(careManager, ResponseWindow.answerDueOn(referral.sending().sentOn(),
                settings.responseBusinessDays()));
    }

    private CommunityService service(NewReferral request, PatientAccess access, Map<String, String> problems) {
        if (request.serviceId() == null) {
            problems.put("serviceId", "is required: the community service to refer to");
            return null;
        }
        try {
            CommunityService service = directory.find(request.serviceId());
            if (!service.practiceId().equals(access.practiceId())) {
                problems.put("serviceId", "must be a service of the patient's practice directory");
            } else if (!service.active()) {
                problems.put("serviceId", service.name() + " is " + service.status() + " and takes no referrals");
            }
            return service;
        } catch (NotFound notFound) {
            problems.put("serviceId", "is not a service of your practices' directories");
            return null;
        }
    }

    private OpenSocialNeed need(NewReferral request, PatientAccess access, Map<String, String> problems) {
        if (request.needDomain() == null || request.needDomain().isBlank()) {
            return null;
        }
        Optional<OpenSocialNeed> need = carePlans.openSocialNeeds(access.patientId()).stream()
                .filter(open -> open.sdohDomain().equalsIgnoreCase(request.needDomain().trim())).findFirst();
        if (need.isEmpty()) {
            problems.put("needDomain", "is not an open social need on the patient's care plan; refer by hand with a category");
        }
        return need.orElse(null);
    }

    /** The need's category; for a referral by hand, the category named, else the service's first. */
    private static ServiceCategory category(NewReferral request, OpenSocialNeed need, CommunityService service,
                                            Map<String, String> problems) {
        Optional<ServiceCategory> chosen = need == null ? Optional.empty() : ServiceCategory.forNeed(need.sdohDomain());
        if (chosen.isEmpty() && request.category() != null) {
            chosen = ServiceCategory.of(request.category());
            if (chosen.isEmpty()) {
                problems.put("category", "must be one of " + String.join(", ",
                        java.util.Arrays.stream(ServiceCategory.values()).map(ServiceCategory::code).toList()));
            }
        }
        if (chosen.isEmpty() && service != null && !service.categories().isEmpty()) {
            chosen = Optional.of(service.categories().get(0));
        }
        if (chosen.isEmpty()) {
            problems.putIfAbsent("category", "is required for a referral that names no need");
        }
        return chosen.orElse(null);
    }

    private UUID careManager(NewReferral request, PatientAccess access, Map<String, String> problems) {
        List<UUID> careManagers = staff.inPractice(access.practiceId(), Role.CARE_MANAGER).stream()
                .map(Staff.Person::id).toList();
        if (request.careManagerId() != null) {
            if (!careManagers.contains(request.careManagerId())) {
                problems.put("careManagerId", "must be a care manager of the patient's practice");
            }
            return request.careManagerId();
        }
        UUID assigned = patients.find(access.patientId()).assignedCareManagerId();
        UUID caller = callers.current().userId();
        for (UUID candidate : java.util.Arrays.asList(assigned, caller)) {
            if (candidate != null && careManagers.contains(candidate)) {
                return candidate;
            }
        }
        problems.put("careManagerId", "is required: name the care manager who follows the referral");
        return null;
    }

    private Referral locate(UUID referralId, AuditAction action) {
        return stored.find(referralId).orElseThrow(() -> gate.refuse(action, RESOURCE, referralId,
                "No referral " + referralId));
    }

    private LocalDate today(UUID practiceId) {
        return LocalDate.now(clock.withZone(practices.zoneOf(practiceId)));
    }

    private void refuseUnlessCareTeam() {
        if (CARE_TEAM.stream().noneMatch(callers.current()::hasRole)) {
            throw new AccessDeniedException("Only care managers, nurses and providers refer patients and record answers");
        }
    }

    private void publish(Referral referral) {
        referral.pullEvents().forEach(events::publishEvent);
    }
}
