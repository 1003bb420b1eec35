package org.careloop.timetracking;

import org.careloop.identity.Caller;
import org.careloop.identity.Staff;
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
        StaffCategory category = StaffCategory.of(caller.roles()).orElseThrow(() -> new NotClinicalStaff(
                caller.username() + " is not clinical staff (" + caller.rolesText() + "): only care managers, "
                        + "nurses and billing practitioners log care-management time; non-clinical time never counts"));
        Staff.Person person = staff.find(caller.userId()).orElseThrow();
        return new Clinician(person.id(), person.displayName(), person.credential(), category);
    }
}
