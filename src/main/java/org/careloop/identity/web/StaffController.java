package org.careloop.identity.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who works in the caller's practices, for example the providers who can be a patient's billing practitioner. */
@RestController
@Tag(name = "Staff")
class StaffController {

    record StaffEntry(UUID id, String username, String displayName, String npi, String credential, UUID practiceId) {
    }

    private final Staff staff;
    private final Callers callers;

    StaffController(Staff staff, Callers callers) {
        this.staff = staff;
        this.callers = callers;
    }

    @GetMapping("/api/staff")
    @Operation(summary = "Staff of your practices holding a role (CARE_MANAGER, NURSE, PROVIDER, BILLER, ADMIN)")
    List<StaffEntry> withRole(@RequestParam Role role) {
        Caller caller = callers.current();
        return caller.practiceIds().stream()
                .flatMap(practice -> staff.inPractice(practice, role).stream().map(person -> new StaffEntry(person.id(),
                        person.username(), person.displayName(), person.npi(), person.credential(), practice)))
                .sorted(Comparator.comparing(StaffEntry::displayName)).toList();
    }
}
