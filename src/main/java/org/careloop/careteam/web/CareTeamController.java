package org.careloop.careteam.web;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.careteam.CareTeamListing;
import org.careloop.careteam.CareTeamMember;
import org.careloop.careteam.CareTeamMemberEntry;
import org.careloop.careteam.CareTeams;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A patient's care team: listed with the enrollment's and the EHR's members, added to, revised and ended. */
@RestController
@RequestMapping("/api/patients/{id}/care-team")
@Tag(name = "Care team")
class CareTeamController {

    /** Ending a membership: the day it ended (today when left out) and the version read. */
    record Ending(LocalDate endOn, Integer version) {
    }

    private final CareTeams careTeams;

    CareTeamController(CareTeams careTeams) {
        this.careTeams = careTeams;
    }

    @GetMapping
    @Operation(summary = "The care team: current (billing practitioners from the enrollments, the assigned care "
            + "manager, members kept here), fromEhr (the EHRs' care teams) and past members; source says which is which")
    CareTeamListing members(@PathVariable UUID id) {
        return careTeams.members(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a member: role, one of staffId/practitionerId/organizationId, specialty, notes, "
            + "phone/fax/email overriding the directory's, activeSince")
    CareTeamMember add(@PathVariable UUID id, @RequestBody CareTeamMemberEntry entry) {
        return careTeams.add(id, entry);
    }

    @PutMapping("/{memberId}")
    @Operation(summary = "Revise a member's role, specialty, notes, how to reach them and dates; version required")
    CareTeamMember revise(@PathVariable UUID id, @PathVariable UUID memberId, @RequestBody CareTeamMemberEntry entry) {
        return careTeams.revise(id, memberId, entry);
    }

    @PostMapping("/{memberId}/end")
    @Operation(summary = "End a membership on endOn (today when left out); the member stays listed as a past member")
    CareTeamMember end(@PathVariable UUID id, @PathVariable UUID memberId, @RequestBody Ending ending) {
        return careTeams.end(id, memberId, ending.endOn(), ending.version());
    }
}
