package org.careloop.enrollment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.audit.AuditChannel;
import org.careloop.enrollment.Consent;
import org.careloop.enrollment.Enrollment;
import org.careloop.enrollment.EnrollmentStatus;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.program.CareProgram;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Program enrollment: refer, attest, consent, move through the lifecycle, change the billing practitioner. */
@RestController
@Tag(name = "Enrollment")
class EnrollmentController {

    record ReferralForm(CareProgram program, Boolean complex, UUID billingPractitionerId, LocalDate startOn,
                        String reason, LocalDate qmbVerifiedOn) {
    }

    record AttestationForm(int version, String note) {
    }

    record MoveForm(int version, EnrollmentStatus to, String reason) {
    }

    record Disclosures(Boolean costSharing, Boolean onePractitionerPerMonth, Boolean rightToStop,
                       Boolean electronicSharing) {
    }

    record ConsentForm(Consent.ConsentMethod method, LocalDate obtainedOn, Disclosures disclosures, String language,
                       String attachmentName, byte[] attachment) {
    }

    record RevocationForm(LocalDate revokedOn, String reason) {
    }

    record PractitionerForm(int version, UUID billingPractitionerId, String reason) {
    }

    private final ProgramEnrollments enrollments;

    EnrollmentController(ProgramEnrollments enrollments) {
        this.enrollments = enrollments;
    }

    @PostMapping("/api/patients/{id}/enrollments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer a patient to a program with a billing practitioner (status REFERRED)")
    Enrollment refer(@PathVariable UUID id, @RequestBody ReferralForm form) {
        return enrollments.refer(id, new ProgramEnrollments.Referral(form.program(), Boolean.TRUE.equals(form.complex()),
                form.billingPractitionerId(), form.startOn(), form.reason(), form.qmbVerifiedOn()), AuditChannel.API);
    }

    @GetMapping("/api/patients/{id}/enrollments")
    @Operation(summary = "The patient's enrollments with consents and the history of every move")
    List<Enrollment> list(@PathVariable UUID id) {
        return enrollments.of(id, AuditChannel.API);
    }

    @GetMapping("/api/enrollments/{enrollmentId}")
    Enrollment find(@PathVariable UUID enrollmentId) {
        return enrollments.find(enrollmentId, AuditChannel.API);
    }

    @PostMapping("/api/enrollments/{enrollmentId}/attestation")
    @Operation(summary = "A provider attests that the patient qualifies (the eligibility check is only a suggestion)")
    Enrollment attest(@PathVariable UUID enrollmentId, @RequestBody AttestationForm form) {
        return enrollments.attest(enrollmentId, form.version(), form.note(), AuditChannel.API);
    }

    @PostMapping("/api/enrollments/{enrollmentId}/moves")
    @Operation(summary = "Move the enrollment (ELIGIBLE, CONSENT_PENDING, ACTIVE, PAUSED, DISENROLLED) with a reason")
    Enrollment move(@PathVariable UUID enrollmentId, @RequestBody MoveForm form) {
        return enrollments.moveTo(enrollmentId, form.version(), form.to(), form.reason(), AuditChannel.API);
    }

    @PostMapping("/api/enrollments/{enrollmentId}/consent")
    @Operation(summary = "Record the patient's consent with the four required disclosures confirmed")
    Enrollment consent(@PathVariable UUID enrollmentId, @RequestBody ConsentForm form) {
        Disclosures told = form.disclosures() == null ? new Disclosures(null, null, null, null) : form.disclosures();
        return enrollments.recordConsent(enrollmentId, new ProgramEnrollments.ConsentGiven(form.method(), form.obtainedOn(),
                told.costSharing(), told.onePractitionerPerMonth(), told.rightToStop(), told.electronicSharing(),
                form.language(), form.attachmentName(), form.attachment()), AuditChannel.API);
    }

    @PostMapping("/api/enrollments/{enrollmentId}/consent/revocation")
    @Operation(summary = "The patient revokes consent; the enrollment ends at the end of that month")
    Enrollment revoke(@PathVariable UUID enrollmentId, @RequestBody RevocationForm form) {
        return enrollments.revokeConsent(enrollmentId, form.revokedOn(), form.reason(), AuditChannel.API);
    }

    @PutMapping("/api/enrollments/{enrollmentId}/billing-practitioner")
    @Operation(summary = "Change the billing practitioner; the patient must consent again")
    Enrollment changePractitioner(@PathVariable UUID enrollmentId, @RequestBody PractitionerForm form) {
        return enrollments.changeBillingPractitioner(enrollmentId, form.version(), form.billingPractitionerId(),
                form.reason(), AuditChannel.API);
    }
}
