package org.careloop.transition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.careloop.transition.HospitalEncounterReported.EncounterClass;
import org.careloop.transition.HospitalEncounterReported.Notice;
import org.careloop.transition.internal.CommunitySettings;
import org.careloop.transition.internal.TransitionDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a hospital's notice means for the patient. A stay that ended in the last {@link
 * TransitionSettings#recentDischargeDays()} days opens a transition: a discharge to a community setting ({@link
 * CommunitySettings}) the TCM sequence, an ED visit without admission a follow-up call. An older one is history and
 * opens nothing (the chart keeps the encounter); a discharge to a facility is the facility's to follow. An update
 * (A08, or the same stay sent again) amends the transition the visit number names; a cancelled admission or discharge
 * (A11, A13) withdraws it, and an admission from the ED withdraws that visit's follow-up. Runs in the sender's
 * transaction when there is one; each change is on the audit trail as the system's.
 */
@Component
class HospitalNotices {

    private static final Logger log = LoggerFactory.getLogger(HospitalNotices.class);

    private final StoredTransitions stored;
    private final TransitionChanges changes;
    private final TransitionSettings settings;
    private final Clock clock;

    HospitalNotices(StoredTransitions stored, TransitionChanges changes, TransitionSettings settings, Clock clock) {
        this.stored = stored;
        this.changes = changes;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(HospitalEncounterReported notice) {
        TransitionKind kind = notice.encounterClass() == EncounterClass.EMERGENCY ? TransitionKind.ED_VISIT
                : TransitionKind.DISCHARGE;
        Optional<Transition> known = known(notice, kind);
        switch (notice.notice()) {
            case ADMITTED -> admittedFromTheEmergencyDepartment(notice);
            case ADMISSION_CANCELLED, DISCHARGE_CANCELLED -> known.ifPresent(transition -> withdraw(transition,
                    (notice.notice() == Notice.ADMISSION_CANCELLED ? "admission" : "discharge") + " cancelled by "
                            + notice.facility() + sourceOf(notice)));
            case DISCHARGED, UPDATED, EMERGENCY_REGISTRATION -> {
                if (notice.dischargedAt() != null) {
                    stayEnded(notice, kind, known);
                }
            }
        }
    }

    private void stayEnded(HospitalEncounterReported notice, TransitionKind kind, Optional<Transition> known) {
        LocalDate dischargedOn = notice.dischargedAt().toLocalDate();
        Transition.Stay stay = new Transition.Stay(notice.encounterClass(), notice.facility(), notice.visitNumber(),
                notice.admittedAt() == null ? null : notice.admittedAt().toLocalDate(), dischargedOn,
                notice.diagnoses(), notice.dischargeDisposition(), notice.source());
        boolean toFacility = kind == TransitionKind.DISCHARGE
                && CommunitySettings.of(notice.dischargeDisposition()) == CommunitySettings.Setting.FACILITY;
        if (known.isPresent()) {
            Transition transition = known.get();
            if (transition.withdrawal() != null) {
                return;
            }
            if (toFacility) {
                withdraw(transition, "discharged to a facility (" + words(notice) + ")" + sourceOf(notice));
                return;
            }
            transition.amend(stay, deadlines(kind, dischargedOn));
            changes.changed(transition);
            return;
        }
        long daysAgo = ChronoUnit.DAYS.between(dischargedOn, LocalDate.now(clock));
        if (toFacility || daysAgo > settings.recentDischargeDays()) {
            log.info("Hospital notice {} opens no transition: {}", notice.source(),
                    toFacility ? "discharged to a facility" : "ended " + daysAgo + " days ago (history)");
            return;
        }
        Transition opened = Transition.open(notice.patientId(), notice.practiceId(), kind, stay,
                deadlines(kind, dischargedOn), clock.instant());
        changes.opened(opened);
    }

    /** An admission after an ED visit: the visit's follow-up call gives way to the stay's own transition. */
    private void admittedFromTheEmergencyDepartment(HospitalEncounterReported notice) {
        if (notice.encounterClass() == EncounterClass.EMERGENCY || notice.visitNumber() == null) {
            return;
        }
        stored.byVisit(notice.patientId(), TransitionKind.ED_VISIT, notice.visitNumber())
                .filter(visit -> visit.withdrawal() == null)
                .ifPresent(visit -> withdraw(visit, "admitted to " + notice.facility() + " from the emergency department"));
    }

    private Optional<Transition> known(HospitalEncounterReported notice, TransitionKind kind) {
        if (notice.visitNumber() != null) {
            return stored.byVisit(notice.patientId(), kind, notice.visitNumber());
        }
        LocalDateTime ended = notice.dischargedAt();
        return ended == null ? Optional.empty()
                : stored.bySameStay(notice.patientId(), kind, notice.facility(), ended.toLocalDate());
    }

    private TransitionDeadlines.Deadlines deadlines(TransitionKind kind, LocalDate dischargedOn) {
        return kind == TransitionKind.DISCHARGE ? TransitionDeadlines.afterDischarge(dischargedOn)
                : TransitionDeadlines.afterEmergencyVisit(dischargedOn, settings.edFollowUpBusinessDays());
    }

    private void withdraw(Transition transition, String reason) {
        if (transition.withdrawal() != null) {
            return;
        }
        transition.withdraw(reason, clock.instant());
        changes.changed(transition);
    }

    private static String words(HospitalEncounterReported notice) {
        var disposition = notice.dischargeDisposition();
        return disposition.display() != null ? disposition.display() : disposition.system() + " " + disposition.code();
    }

    private static String sourceOf(HospitalEncounterReported notice) {
        return notice.source() == null ? "" : " (" + notice.source() + ")";
    }
}
