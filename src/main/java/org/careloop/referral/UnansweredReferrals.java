package org.careloop.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careloop.audit.AuditAction;
import org.careloop.identity.Practices;
import org.careloop.patient.PatientGate;
import org.careloop.referral.internal.ReferralSettings;
import org.careloop.referral.internal.ResponseWindow;
import org.careloop.schedule.RecurringJob;
import org.careloop.task.NewTask;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskKind;
import org.careloop.task.TaskPriority;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A referral nobody answers is a need nobody meets. Once a referral has waited past its response window
 * ({@code careloop.referrals.response-business-days}, default five business days, in the practice's time zone) it
 * becomes NO_RESPONSE and its care manager gets a follow-up task, due that day, to call the organization or refer
 * elsewhere (urgent when the referral was). Hourly, once across all instances; each referral is marked once.
 */
@Component
public class UnansweredReferrals {

    static final String JOB = "referral-no-response";

    private final StoredReferrals stored;
    private final TaskBoard tasks;
    private final PatientGate gate;
    private final Practices practices;
    private final ReferralSettings settings;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnansweredReferrals(StoredReferrals stored, TaskBoard tasks, PatientGate gate, Practices practices,
                        ReferralSettings settings, TransactionTemplate transaction, ApplicationEventPublisher events,
                        Clock clock) {
        this.stored = stored;
        this.tasks = tasks;
        this.gate = gate;
        this.practices = practices;
        this.settings = settings;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    @Bean
    RecurringJob referralNoResponseJob() {
        return RecurringJob.every(Duration.ofHours(1), JOB, this::markUnanswered);
    }

    /**
     * Marks every referral whose window has passed, now rather than at the next hourly run (the demo's month uses
     * it); answers their ids.
     */
    public List<UUID> markUnanswered() {
        int days = settings.responseBusinessDays();
        // business days are never fewer than calendar days: a referral sent later cannot be due yet in any zone
        LocalDate latestSentOn = LocalDate.now(clock).plusDays(1).minusDays(days);
        List<UUID> marked = new ArrayList<>();
        for (UUID id : stored.waitingSince(latestSentOn)) {
            if (Boolean.TRUE.equals(transaction.execute(status -> markIfUnanswered(id, days)))) {
                marked.add(id);
            }
        }
        return marked;
    }

    private boolean markIfUnanswered(UUID id, int days) {
        Referral referral = stored.findForChange(id).orElse(null);
        if (referral == null || referral.status() != ReferralStatus.SENT) {
            return false;
        }
        Referral.Details details = referral.details();
        LocalDate today = LocalDate.now(clock.withZone(practices.zoneOf(details.practiceId())));
        LocalDate due = ResponseWindow.answerDueOn(referral.sending().sentOn(), days);
        if (!ResponseWindow.passed(referral.sending().sentOn(), days, today)) {
            return false;
        }
        UUID task = tasks.openForSystem(new NewTask(details.practiceId(), details.patientId(),
                "No answer from " + details.organizationName() + " on the " + details.category().label().toLowerCase()
                        + " referral", TaskKind.FOLLOW_UP, details.careManagerId(), null, today,
                details.urgency() == Urgency.URGENT ? TaskPriority.URGENT : TaskPriority.ROUTINE,
                "Referred to " + details.serviceName() + " on " + referral.sending().sentOn()
                        + (referral.sending().sentTo() == null ? " (printed)" : " (e-mailed to " + referral.sending().sentTo() + ")")
                        + "; nothing heard within " + days + " business days. Call the organization, then record "
                        + "its answer on the referral, or refer elsewhere.",
                "referral:" + id));
        referral.markUnanswered(days, due, task, clock.instant());
        stored.update(referral);
        gate.recordSystemChange(details.patientId(), details.practiceId(), AuditAction.UPDATE, Referrals.RESOURCE, id);
        referral.pullEvents().forEach(events::publishEvent);
        return true;
    }
}
