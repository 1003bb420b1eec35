package org.careloop.identity.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.NotFound;
import org.careloop.identity.Staff;
import org.careloop.identity.internal.SignInThrottle;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** An administrator lifts the waits that wrong passwords imposed on a user name, from every address. */
@RestController
@Tag(name = "Staff")
@PreAuthorize("hasRole('ADMIN')")
class SignInUnlockController {

    private final Staff staff;
    private final SignInThrottle throttle;

    SignInUnlockController(Staff staff, SignInThrottle throttle) {
        this.staff = staff;
        this.throttle = throttle;
    }

    @PostMapping("/api/staff/{id}/unlock")
    @Operation(summary = "Let a user's password be tried again at once from every address (ADMIN)")
    ResponseEntity<Void> unlock(@PathVariable UUID id) {
        Staff.Person person = staff.find(id).orElseThrow(() -> new NotFound("No staff member " + id));
        throttle.unlock(person.username());
        return ResponseEntity.noContent().build();
    }
}
