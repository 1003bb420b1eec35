package org.careloop.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.careloop.careplan.CarePlans;
import org.careloop.careplan.NeedStatus;
import org.careloop.community.CommunityDirectory;
import org.careloop.community.RankedService;
import org.careloop.community.ServiceCategory;
import org.careloop.community.ServiceSearch;
import org.careloop.identity.ActingStaff;
import org.careloop.patient.PatientRoster;
import org.careloop.referral.ConsentToShare;
import org.careloop.referral.Delivery;
import org.careloop.referral.NewReferral;
import org.careloop.referral.ReferralStatus;
import org.careloop.referral.ReferralUpdate;
import org.careloop.referral.ReferralView;
import org.careloop.referral.Referrals;
import org.careloop.referral.UnansweredReferrals;
import org.careloop.referral.Urgency;
import org.springframework.stereotype.Component;

/**
 * A practice's referral loop for the demo, one referral in every state: the open social needs the month's screens
 * put on care plans are referred first (to the best service the directory ranks), then, when a practice has fewer
 * needs than states, referrals made by hand. Each is recorded as printed on a past day, so the one nobody answered
 * is past its window and becomes NO_RESPONSE with its follow-up task, as the hourly job would do.
 */
@Component
class DemoReferrals {

    /** Each state with the days ago the referral went out (the answer and outcome come later, today). */
    private record Plan(ReferralStatus state, int daysAgo) {
    }

    private static final List<Plan> PLANS = List.of(new Plan(ReferralStatus.SERVICE_PROVIDED, 21),
            new Plan(ReferralStatus.NO_RESPONSE, 12), new Plan(ReferralStatus.ACCEPTED, 4),
            new Plan(ReferralStatus.DECLINED, 6), new Plan(ReferralStatus.NOT_PROVIDED, 16),
            new Plan(ReferralStatus.SENT, 1));
    private static final List<ServiceCategory> BY_HAND = List.of(ServiceCategory.TRANSPORTATION, ServiceCategory.FOOD,
            ServiceCategory.UTILITIES, ServiceCategory.HOUSING, ServiceCategory.CAREGIVER_SUPPORT,
            ServiceCategory.MENTAL_HEALTH);

    private final PatientRoster roster;
    private final CarePlans carePlans;
    private final CommunityDirectory directory;
    private final Referrals referrals;
    private final UnansweredReferrals unanswered;
    private final ActingStaff acting;
    private final Clock clock;

    DemoReferrals(PatientRoster roster, CarePlans carePlans, CommunityDirectory directory, Referrals referrals,
                  UnansweredReferrals unanswered, ActingStaff acting, Clock clock) {
        this.roster = roster;
        this.carePlans = carePlans;
        this.directory = directory;
        this.referrals = referrals;
        this.unanswered = unanswered;
        this.acting = acting;
        this.clock = clock;
    }

    /** A patient to refer, for a screened need or (need null) by hand in a category. */
    private record Candidate(UUID patient, String need, ServiceCategory category) {
    }

    /** Refers the practice's patients as {@code careManager}; answers the referrals as they stand. */
    List<ReferralView> prepare(UUID practice, String careManager) {
        return acting.as(careManager, () -> {
            List<UUID> patients = roster.ofPractice(practice).values().stream()
                    .filter(patient -> patient.status().equals("ACTIVE"))
                    .sorted(Comparator.comparing(PatientRoster.RosterEntry::familyName).thenComparing(PatientRoster.RosterEntry::id))
                    .map(PatientRoster.RosterEntry::id).toList();
            List<Candidate> candidates = new ArrayList<>();
            for (UUID patient : patients) {
                carePlans.openSocialNeeds(patient).forEach(need -> ServiceCategory.forNeed(need.sdohDomain())
                        .ifPresent(category -> candidates.add(new Candidate(patient, need.sdohDomain(), category))));
            }
            for (int i = 0; candidates.size() < PLANS.size() && i < patients.size(); i++) {
                candidates.add(new Candidate(patients.get(patients.size() - 1 - i), null, BY_HAND.get(i % BY_HAND.size())));
            }
            List<ReferralView> made = new ArrayList<>();
            for (int i = 0; i < Math.min(PLANS.size(), candidates.size()); i++) {
                Candidate candidate = candidates.get(i);
                Plan plan = PLANS.get(i);
                best(practice, candidate.category()).ifPresent(service -> made.add(refer(candidate.patient(),
                        referral(service, candidate.need(), candidate.need() == null ? candidate.category().code() : null,
                                plan), plan)));
            }
            unanswered.markUnanswered();
            return made.stream().map(referral -> referrals.find(referral.id())).toList();
        });
    }

    private ReferralView refer(UUID patient, NewReferral referral, Plan plan) {
        ReferralView sent = referrals.refer(patient, referral);
        int version = sent.version();
        if (plan.state() == ReferralStatus.DECLINED) {
            return referrals.update(sent.id(), new ReferralUpdate(version, ReferralStatus.DECLINED,
                    "No openings until next month; suggested another pantry", null, null));
        }
        if (plan.state() == ReferralStatus.SENT || plan.state() == ReferralStatus.NO_RESPONSE) {
            return sent;
        }
        ReferralView accepted = referrals.update(sent.id(), new ReferralUpdate(version, ReferralStatus.ACCEPTED, null,
                null, "Intake call booked"));
        if (plan.state() == ReferralStatus.ACCEPTED) {
            return accepted;
        }
        boolean provided = plan.state() == ReferralStatus.SERVICE_PROVIDED;
        return referrals.update(sent.id(), new ReferralUpdate(accepted.version(), plan.state(), null,
                provided ? NeedStatus.MET : NeedStatus.UNMET,
                provided ? "Picked up groceries twice; enrolled for weekly visits" : "The patient could not get there"));
    }

    private NewReferral referral(RankedService service, String need, String category, Plan plan) {
        LocalDate sentOn = LocalDate.now(clock).minusDays(plan.daysAgo());
        return new NewReferral(service.service().id(), need, category,
                "Please contact the patient to enroll them in " + service.service().name() + ".",
                new ConsentToShare("Name, date of birth, phone number and the need in this letter",
                        service.service().organization().name() + " intake staff", sentOn),
                plan.state() == ReferralStatus.NO_RESPONSE ? Urgency.URGENT : Urgency.ROUTINE, null, Delivery.PRINT, sentOn);
    }

    private java.util.Optional<RankedService> best(UUID practice, ServiceCategory category) {
        if (category == null) {
            return java.util.Optional.empty();
        }
        return directory.search(new ServiceSearch(practice, category, null, null, false)).stream().findFirst();
    }
}
