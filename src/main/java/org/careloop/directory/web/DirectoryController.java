package org.careloop.directory.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.InvalidRequest;
import org.careloop.directory.DirectoryOrganization;
import org.careloop.directory.DirectoryPractitioner;
import org.careloop.directory.OrganizationDirectory;
import org.careloop.directory.OrganizationEntry;
import org.careloop.directory.OrganizationKind;
import org.careloop.directory.PractitionerDirectory;
import org.careloop.directory.PractitionerEntry;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The practitioner and organization directory: looked up by everyone caring for patients, added to by care managers
 * and administrators, corrected and deactivated by administrators. Another practice's entries are not found.
 */
@RestController
@RequestMapping("/api/directory")
@Tag(name = "Directory")
class DirectoryController {

    /** Deactivating or reactivating an entry: the version read. */
    record Activation(Integer version) {
        int required() {
            if (version == null) {
                throw new InvalidRequest("Invalid version", Map.of("version", "is required: send the version you read"));
            }
            return version;
        }
    }

    private final PractitionerDirectory practitioners;
    private final OrganizationDirectory organizations;

    DirectoryController(PractitionerDirectory practitioners, OrganizationDirectory organizations) {
        this.practitioners = practitioners;
        this.organizations = organizations;
    }

    @GetMapping("/practitioners")
    @Operation(summary = "Practitioners whose name, specialty or organization contains q; the practice's own first")
    List<DirectoryPractitioner> practitioners(@RequestParam(required = false) String q,
                                              @RequestParam(defaultValue = "false") boolean includeInactive) {
        return practitioners.search(q, includeInactive);
    }

    @GetMapping("/practitioners/{practitionerId}")
    @Operation(summary = "One practitioner, with the version to send back")
    DirectoryPractitioner practitioner(@PathVariable UUID practitionerId) {
        return practitioners.find(practitionerId);
    }

    @PostMapping("/practitioners")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a practitioner: familyName, givenNames, prefix, specialty, npi (check digit verified), "
            + "phone, fax, email, organizationId, practiceId when you work in several practices")
    DirectoryPractitioner addPractitioner(@RequestBody PractitionerEntry entry) {
        return practitioners.add(entry);
    }

    @PutMapping("/practitioners/{practitionerId}")
    @Operation(summary = "Correct a practitioner your practice entered (administrators); version required")
    DirectoryPractitioner revisePractitioner(@PathVariable UUID practitionerId, @RequestBody PractitionerEntry entry) {
        return practitioners.revise(practitionerId, entry);
    }

    @PostMapping("/practitioners/{practitionerId}/deactivation")
    @Operation(summary = "Deactivate a practitioner (administrators): no longer offered for care teams")
    DirectoryPractitioner deactivatePractitioner(@PathVariable UUID practitionerId, @RequestBody Activation body) {
        return practitioners.activate(practitionerId, false, body.required());
    }

    @PostMapping("/practitioners/{practitionerId}/reactivation")
    @Operation(summary = "Reactivate a practitioner (administrators)")
    DirectoryPractitioner reactivatePractitioner(@PathVariable UUID practitionerId, @RequestBody Activation body) {
        return practitioners.activate(practitionerId, true, body.required());
    }

    @GetMapping("/organizations")
    @Operation(summary = "Organizations whose name contains q, of one kind when given; the practice's own first")
    List<DirectoryOrganization> organizations(@RequestParam(required = false) String q,
                                              @RequestParam(required = false) String kind,
                                              @RequestParam(defaultValue = "false") boolean includeInactive) {
        return organizations.search(q, kind(kind), includeInactive);
    }

    @GetMapping("/organizations/{organizationId}")
    @Operation(summary = "One organization, with the version to send back")
    DirectoryOrganization organization(@PathVariable UUID organizationId) {
        return organizations.find(organizationId);
    }

    @PostMapping("/organizations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an organization: name, kind (HOSPITAL, PHARMACY, HOME_HEALTH, SPECIALIST_PRACTICE, "
            + "COMMUNITY), phone, fax, email, addressLine, city, state, postalCode")
    DirectoryOrganization addOrganization(@RequestBody OrganizationEntry entry) {
        return organizations.add(entry);
    }

    @PutMapping("/organizations/{organizationId}")
    @Operation(summary = "Correct an organization your practice entered (administrators); version required")
    DirectoryOrganization reviseOrganization(@PathVariable UUID organizationId, @RequestBody OrganizationEntry entry) {
        return organizations.revise(organizationId, entry);
    }

    @PostMapping("/organizations/{organizationId}/deactivation")
    @Operation(summary = "Deactivate an organization (administrators)")
    DirectoryOrganization deactivateOrganization(@PathVariable UUID organizationId, @RequestBody Activation body) {
        return organizations.activate(organizationId, false, body.required());
    }

    @PostMapping("/organizations/{organizationId}/reactivation")
    @Operation(summary = "Reactivate an organization (administrators)")
    DirectoryOrganization reactivateOrganization(@PathVariable UUID organizationId, @RequestBody Activation body) {
        return organizations.activate(organizationId, true, body.required());
    }

    private static OrganizationKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return OrganizationKind.valueOf(kind.trim());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequest("Invalid kind", Map.of("kind", "must be one of HOSPITAL, PHARMACY, HOME_HEALTH, "
                    + "SPECIALIST_PRACTICE, COMMUNITY"));
        }
    }
}
