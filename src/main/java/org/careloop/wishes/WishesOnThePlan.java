package org.careloop.wishes;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.careloop.careplan.PlanWishes;
import org.careloop.careplan.WishesForThePlan;
import org.springframework.stereotype.Component;

/**
 * The patient's wishes as the care plan and its patient copy show them: CMS's care plan includes the patient's
 * expressed values and preferences, and what matters most in their own words heads the plan's personal section.
 */
@Component
class WishesOnThePlan implements WishesForThePlan {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private final PatientWishes wishes;

    WishesOnThePlan(PatientWishes wishes) {
        this.wishes = wishes;
    }

    @Override
    public Optional<PlanWishes> of(UUID patientId) {
        Wishes found = wishes.of(patientId);
        PlanWishes plan = new PlanWishes(found.whatMattersMost(), found.whatMattersOn(),
                found.codeStatus() == null ? null : found.codeStatus().words()
                        + (found.codeStatusOn() == null ? "" : " since " + DAY.format(found.codeStatusOn())),
                found.codeStatus() == null ? null : found.codeStatus().plainWords(),
                found.onFile().stream().map(WishesOnThePlan::words).toList(),
                found.proxyWords().orElse(null));
        return plan.isEmpty() ? Optional.empty() : Optional.of(plan);
    }

    /** "Living will, signed Mar 2, 2024; original at home in the desk". */
    static String words(AdvanceDirective directive) {
        return directive.kind().words()
                + (directive.signedOn() == null ? "" : ", signed " + DAY.format(directive.signedOn()))
                + (directive.originalLocation() == null ? "" : "; original: " + directive.originalLocation());
    }
}
