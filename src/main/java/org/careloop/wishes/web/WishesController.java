package org.careloop.wishes.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.wishes.AdvanceDirective;
import org.careloop.wishes.AdvanceDirectives;
import org.careloop.wishes.CodeStatusChange;
import org.careloop.wishes.DirectiveChange;
import org.careloop.wishes.DirectiveCopy;
import org.careloop.wishes.NewDirective;
import org.careloop.wishes.PatientWishes;
import org.careloop.wishes.Revocation;
import org.careloop.wishes.WhatMattersChange;
import org.careloop.wishes.Wishes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The patient's wishes over JSON: code status, what matters most, advance directives and their uploaded copies.
 * Changes carry the version read (409 when stale). For the clinical roles only.
 */
@RestController
@Tag(name = "Wishes", description = "Advance directives, healthcare proxy, code status, what matters most")
@PreAuthorize("hasAnyRole('CARE_MANAGER', 'NURSE', 'PROVIDER', 'ADMIN')")
class WishesController {

    private final PatientWishes wishes;
    private final AdvanceDirectives directives;

    WishesController(PatientWishes wishes, AdvanceDirectives directives) {
        this.wishes = wishes;
        this.directives = directives;
    }

    @GetMapping("/api/patients/{patientId}/wishes")
    @Operation(summary = "Code status, what matters most, the advance directives and the proxy, with the chart's headline")
    Wishes of(@PathVariable UUID patientId) {
        return wishes.of(patientId);
    }

    @PutMapping("/api/patients/{patientId}/wishes/code-status")
    @Operation(summary = "Record the code status (FULL_CODE, DNR, DNR_DNI, COMFORT_CARE), its day and source (version)")
    Wishes codeStatus(@PathVariable UUID patientId, @RequestBody CodeStatusChange change) {
        return wishes.recordCodeStatus(patientId, change);
    }

    @PutMapping("/api/patients/{patientId}/wishes/what-matters")
    @Operation(summary = "Record what matters most, in the patient's words, and when they said it (version)")
    Wishes whatMatters(@PathVariable UUID patientId, @RequestBody WhatMattersChange change) {
        return wishes.recordWhatMatters(patientId, change);
    }

    @PostMapping("/api/patients/{patientId}/advance-directives")
    @Operation(summary = "Put an advance directive on file: kind, signedOn, originalLocation, the proxy, a note")
    ResponseEntity<AdvanceDirective> record(@PathVariable UUID patientId, @RequestBody NewDirective directive) {
        AdvanceDirective recorded = directives.record(patientId, directive);
        return ResponseEntity.created(URI.create("/api/advance-directives/" + recorded.id())).body(recorded);
    }

    @GetMapping("/api/advance-directives/{directiveId}")
    @Operation(summary = "One advance directive")
    AdvanceDirective directive(@PathVariable UUID directiveId) {
        return directives.find(directiveId);
    }

    @PutMapping("/api/advance-directives/{directiveId}")
    @Operation(summary = "Correct a directive on file (version, directive); 409 when stale or revoked")
    AdvanceDirective revise(@PathVariable UUID directiveId, @RequestBody DirectiveChange change) {
        return directives.revise(directiveId, change);
    }

    @PostMapping("/api/advance-directives/{directiveId}/revocation")
    @Operation(summary = "Record that the patient revoked the directive (version, revokedOn)")
    AdvanceDirective revoke(@PathVariable UUID directiveId, @RequestBody(required = false) Revocation revocation) {
        return directives.revoke(directiveId, revocation == null ? new Revocation(null, null) : revocation);
    }

    @PostMapping(value = "/api/advance-directives/{directiveId}/copy", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the directive's copy (multipart 'file': PDF, PNG or JPEG, at most 10 MB, checked by its content)")
    AdvanceDirective uploadCopy(@PathVariable UUID directiveId, @RequestPart(name = "file", required = false) MultipartFile file,
                                @RequestParam(required = false) Integer version) {
        return directives.attachCopy(directiveId, version, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getContentType(), bytes(file));
    }

    @GetMapping("/api/advance-directives/{directiveId}/copy")
    @Operation(summary = "The directive's uploaded copy, as uploaded")
    ResponseEntity<byte[]> copy(@PathVariable UUID directiveId) {
        return download(directives.copy(directiveId));
    }

    /** The copy as a download: its own type, its own (cleaned) name, never run by the browser. */
    static ResponseEntity<byte[]> download(DirectiveCopy copy) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(copy.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(copy.contentType())).body(copy.content());
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded copy", e);
        }
    }
}
