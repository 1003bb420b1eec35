package org.careloop.timetracking;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Caller;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.program.Performer;
import org.springframework.stereotype.Component;

/**
 * Who may log care-management time: clinical staff and billing practitioners (CMS: non-clinical staff time never
 * counts). Name and credential are taken from the staff register when the time is logged.
 */
@Component
class Clinicians {

    private final Staff staff;

    Clinicians(Staff staff) {
        this.staff = staff;
    }

    Clinician of(Caller caller) {
        Performer category = performerOf(caller.roles()).orElseThrow(() -> new NotClinicalStaff(
                caller.username() + " works as " + roleWords(caller.roles()) + ", not as clinical staff: only care "
                        + "managers, nurses and billing practitioners log care-management time; non-clinical time "
                        + "never counts"));
        Staff.Person person = staff.find(caller.userId()).orElseThrow();
        return new Clinician(person.id(), person.displayName(), person.credential(), category);
    }

    /** The person whose timer it is, when CareLoop logs it for them; empty when they no longer log time. */
    Optional<Clinician> ofStaff(UUID staffId) {
        return performerOf(staff.rolesOf(staffId)).flatMap(category -> staff.find(staffId)
                .map(person -> new Clinician(person.id(), person.displayName(), person.credential(), category)));
    }

    /** The caller's roles in words, such as "a biller" or "a biller and an administrator". */
    private static String roleWords(Set<Role> roles) {
        return roles.stream().sorted().map(role -> switch (role) {
            case CARE_MANAGER -> "a care manager";
            case NURSE -> "a nurse";
            case PROVIDER -> "a provider";
            case BILLER -> "a biller";
            case ADMIN -> "an administrator";
        }).reduce((a, b) -> a + " and " + b).orElse("someone without a role");
    }

    /** A provider's time is the billing practitioner's own; care managers' and nurses' is clinical staff time. */
    static Optional<Performer> performerOf(Set<Role> roles) {
        if (roles.contains(Role.PROVIDER)) {
            return Optional.of(Performer.BILLING_PRACTITIONER);
        }
        if (roles.contains(Role.CARE_MANAGER) || roles.contains(Role.NURSE)) {
            return Optional.of(Performer.CLINICAL_STAFF);
        }
        return Optional.empty();
    }
}
