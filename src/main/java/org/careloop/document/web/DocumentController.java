package org.careloop.document.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.document.ClinicalDocument;
import org.careloop.document.ClinicalDocuments;
import org.careloop.document.DocumentTooLarge;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A patient's clinical documents over the API: upload (multipart), list, download. */
@RestController
@Tag(name = "Documents", description = "Clinical notes, discharge summaries and uploaded files kept with the chart")
class DocumentController {

    private final ClinicalDocuments documents;

    DocumentController(ClinicalDocuments documents) {
        this.documents = documents;
    }

    @PostMapping(value = "/api/patients/{patientId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document (PDF, PNG, JPEG, TIFF or plain text, known by its content) with its kind "
            + "(CLINICAL_NOTE, DISCHARGE_SUMMARY, CONSULT_NOTE, OTHER), title, author and date")
    ResponseEntity<ClinicalDocument> upload(@PathVariable UUID patientId,
                                            @RequestParam(required = false) MultipartFile file,
                                            @RequestParam(required = false) String kind,
                                            @RequestParam(required = false) String title,
                                            @RequestParam(required = false) String author,
                                            @RequestParam(required = false) String documentDate) {
        return ResponseEntity.status(HttpStatus.CREATED).body(documents.upload(patientId,
                new DocumentUploads(file, kind, title, author, documentDate).toNewDocument()));
    }

    @GetMapping("/api/patients/{patientId}/documents")
    @Operation(summary = "The patient's documents, newest first, without their content")
    List<ClinicalDocument> list(@PathVariable UUID patientId) {
        return documents.list(patientId);
    }

    @GetMapping("/api/documents/{documentId}/content")
    @Operation(summary = "Download a document, as an attachment; recorded on the audit trail as an export")
    ResponseEntity<byte[]> download(@PathVariable UUID documentId) {
        return DocumentDownloads.of(documents.download(documentId));
    }

    @ExceptionHandler(DocumentTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(DocumentTooLarge refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, refused.getMessage());
        problem.setTitle("Document too large");
        problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", refused.getMessage())));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }
}
