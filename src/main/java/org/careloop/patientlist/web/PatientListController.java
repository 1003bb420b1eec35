package org.careloop.patientlist.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.patientlist.PatientList;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The patient list over JSON: the same search, filters and paging as the page, and care manager assignment. */
@RestController
@RequestMapping("/api/patients")
@Tag(name = "Patients", description = "The patient registry of the caller's practices")
class PatientListController {

    /** Whom to assign to which patients. */
    record Assignment(List<UUID> patientIds, UUID careManagerId) {
    }

    /** The patients assigned. */
    record Assigned(UUID careManagerId, List<UUID> patientIds) {
    }

    private final PatientList list;

    PatientListController(PatientList list) {
        this.list = list;
    }

    @GetMapping
    @Operation(summary = "Patients one page at a time, in name order, the MBI masked. q searches name, MRN, birth "
            + "date (YYYY-MM-DD or MM/DD/YYYY), phone digits and whole MBI at once; program keeps those enrolled in it; "
            + "filter (repeatable) is eligible-not-enrolled, consent-pending, no-care-manager or deceased")
    PatientList.Page search(@RequestParam(required = false) String q,
                            @RequestParam(required = false) String name,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
                            @RequestParam(required = false) String mrn,
                            @RequestParam(required = false) String program,
                            @RequestParam(required = false) List<String> filter,
                            @RequestParam(required = false) UUID practiceId,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size) {
        ListParameters parameters = ListParameters.read(program, filter);
        parameters.refuseProblems();
        return list.find(new PatientList.Request(q, name, birthDate, mrn, parameters.program(), parameters.filters(),
                practiceId), Math.max(0, page), Math.max(1, Math.min(size, 100)));
    }

    @PostMapping("/care-manager")
    @Operation(summary = "Assign a care manager to one or many patients, all or none: a patient you cannot reach "
            + "answers 404 and changes nothing")
    Assigned assign(@RequestBody Assignment assignment) {
        return new Assigned(assignment.careManagerId(),
                list.assignCareManager(assignment.patientIds(), assignment.careManagerId()));
    }
}
