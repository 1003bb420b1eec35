package org.careloop.directory;

import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the directory. Everyone caring for patients looks entries up; a care manager who learns of a
 * patient's new cardiologist or pharmacy adds them on the spot, as an administrator may; only an administrator
 * corrects or deactivates an entry, since every patient of the practice whose team names it is affected. An entry
 * keyed in by another practice is not there at all for the caller.
 */
@Component
class DirectoryRights {

    private final Callers callers;

    DirectoryRights(Callers callers) {
        this.callers = callers;
    }

    Caller reader() {
        Caller caller = callers.current();
        if (!(caller.hasRole(Role.CARE_MANAGER) || caller.hasRole(Role.NURSE) || caller.hasRole(Role.PROVIDER)
                || caller.hasRole(Role.ADMIN))) {
            throw new AccessDeniedException("The directory is for the people caring for patients");
        }
        return caller;
    }

    /** The practice a new entry belongs to: the one named, or the caller's only practice. */
    UUID practiceForNewEntry(UUID requested) {
        Caller caller = callers.current();
        if (!caller.hasRole(Role.ADMIN) && !caller.hasRole(Role.CARE_MANAGER)) {
            throw new AccessDeniedException("Care managers and administrators add directory entries");
        }
        if (requested == null) {
            if (caller.practiceIds().size() != 1) {
                throw new InvalidRequest("Invalid practiceId",
                        Map.of("practiceId", "is required when you work in more than one practice"));
            }
            return caller.practiceIds().iterator().next();
        }
        if (!caller.worksIn(requested)) {
            throw new InvalidRequest("Invalid practiceId", Map.of("practiceId", "must be one of your practices"));
        }
        return requested;
    }

    /** Refuses a change unless the caller administers the entry's practice; an import is nobody's to change. */
    void refuseChangeUnlessAdministrator(UUID entryPracticeId, String what) {
        Caller caller = callers.current();
        if (entryPracticeId != null && !caller.worksIn(entryPracticeId)) {
            throw new NotFound("No " + what);
        }
        if (!caller.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator corrects or deactivates directory entries");
        }
        if (entryPracticeId == null) {
            throw new RefusedTransition("The " + what + " was imported from an EHR: it is shared by all practices and "
                    + "kept as the EHR sent it. Add your practice's own entry instead");
        }
    }

    UUID[] practices() {
        return callers.current().practiceArray();
    }
}
