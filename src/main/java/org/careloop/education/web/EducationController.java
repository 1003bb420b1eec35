package org.careloop.education.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.NotFound;
import org.careloop.education.Education;
import org.careloop.education.EducationAssignment;
import org.careloop.education.EducationCopies;
import org.careloop.education.EducationLibrary;
import org.careloop.education.EducationMaterial;
import org.careloop.education.EmailedCopy;
import org.careloop.education.MailNotConfigured;
import org.careloop.education.NewAssignment;
import org.careloop.education.NewMaterial;
import org.careloop.education.NewTeachBack;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patient education over JSON: the library (an administrator adds to it), materials assigned to a patient, their
 * teach-backs, and the patient's large-type copy printed or e-mailed. For the clinical roles only.
 */
@RestController
@Tag(name = "Education", description = "Education library, assignments with teach-back, the patient's large-type copy")
@PreAuthorize("hasAnyRole('CARE_MANAGER', 'NURSE', 'PROVIDER', 'ADMIN')")
class EducationController {

    /** Where to send the copy; the patient's e-mail address on record when left out. */
    record EmailRequest(String to) {
    }

    private final EducationLibrary library;
    private final Education education;
    private final EducationCopies copies;

    EducationController(EducationLibrary library, Education education, EducationCopies copies) {
        this.library = library;
        this.education = education;
        this.copies = copies;
    }

    @GetMapping("/api/education/materials")
    @Operation(summary = "The library: shipped materials and your practices' additions, each with its reading grade")
    List<EducationMaterial> materials(@RequestParam(required = false) String topic,
                                      @RequestParam(required = false) String language) {
        return library.materials(topic, language);
    }

    @GetMapping("/api/education/materials/{materialId}")
    @Operation(summary = "One material with its text, source and reading grade")
    EducationMaterial material(@PathVariable String materialId) {
        return library.find(materialId).orElseThrow(() -> new NotFound("No material " + materialId));
    }

    @PostMapping("/api/education/materials")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a material to a practice's library (administrator); its reading grade is computed")
    ResponseEntity<EducationMaterial> add(@RequestBody NewMaterial material) {
        EducationMaterial added = library.add(material);
        return ResponseEntity.created(URI.create("/api/education/materials/" + added.id())).body(added);
    }

    @PostMapping("/api/patients/{patientId}/education")
    @Operation(summary = "Assign a material to the patient: materialId, and carePlanId with interventionId when it serves an intervention")
    ResponseEntity<EducationAssignment> assign(@PathVariable UUID patientId, @RequestBody NewAssignment request) {
        EducationAssignment assigned = education.assign(patientId, request);
        return ResponseEntity.created(URI.create("/api/education/assignments/" + assigned.id())).body(assigned);
    }

    @GetMapping("/api/patients/{patientId}/education")
    @Operation(summary = "What the patient was given and taught, newest first, with every teach-back")
    List<EducationAssignment> forPatient(@PathVariable UUID patientId) {
        return education.forPatient(patientId);
    }

    @GetMapping("/api/education/assignments/{assignmentId}")
    @Operation(summary = "One assigned material with its teach-backs")
    EducationAssignment assignment(@PathVariable UUID assignmentId) {
        return education.find(assignmentId);
    }

    @PostMapping("/api/education/assignments/{assignmentId}/teach-backs")
    @Operation(summary = "Record a teach-back (taughtTo, result, note, taughtAt, minutes, version); minutes are logged as CCM time. 409 when stale or already understood")
    EducationAssignment teachBack(@PathVariable UUID assignmentId, @RequestBody NewTeachBack request) {
        return education.recordTeachBack(assignmentId, request);
    }

    @GetMapping("/api/education/assignments/{assignmentId}/patient-copy.pdf")
    @Operation(summary = "The patient's large-type copy of the material (PDF, 18 pt and larger)")
    ResponseEntity<byte[]> patientCopy(@PathVariable UUID assignmentId) {
        return pdf(copies.pdf(assignmentId), assignmentId);
    }

    @PostMapping("/api/education/assignments/{assignmentId}/patient-copy/email")
    @Operation(summary = "E-mail the patient's copy as a PDF (to the patient's address unless 'to' is given); 503 when mail is not set up")
    EmailedCopy email(@PathVariable UUID assignmentId, @RequestBody(required = false) EmailRequest request) {
        return copies.email(assignmentId, request == null ? null : request.to());
    }

    @ExceptionHandler(MailNotConfigured.class)
    ResponseEntity<ProblemDetail> mailNotConfigured(MailNotConfigured exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, exception.getMessage());
        problem.setTitle("E-mail not set up");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    /** A PDF shown in the browser, named after the assignment. */
    static ResponseEntity<byte[]> pdf(byte[] body, UUID assignmentId) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"education-" + assignmentId + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(body);
    }
}
