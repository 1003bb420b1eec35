package org.careloop.timetracking;

import java.util.Optional;
import java.util.Set;

import org.careloop.identity.Role;

/**
 * Whose time it is, which decides the codes it can count toward: a billing practitioner's own time, or clinical
 * staff time under general supervision. Non-clinical staff (billers, administrators) log no care-management time.
 */
public enum StaffCategory {
    CLINICAL_STAFF, BILLING_PRACTITIONER;

    /** The category a person's roles put their time in; empty for non-clinical staff. */
    public static Optional<StaffCategory> of(Set<Role> roles) {
        if (roles.contains(Role.PROVIDER)) {
            return Optional.of(BILLING_PRACTITIONER);
        }
        if (roles.contains(Role.CARE_MANAGER) || roles.contains(Role.NURSE)) {
            return Optional.of(CLINICAL_STAFF);
        }
        return Optional.empty();
    }
}
