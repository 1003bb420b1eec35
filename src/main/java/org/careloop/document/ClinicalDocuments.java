package org.careloop.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.audit.AuditAction;
import org.careloop.identity.Callers;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientGate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's clinical documents. Uploading, listing, reading and downloading are patient-scoped through the gate
 * and on the audit trail (a download as an EXPORT: the content leaves CareLoop). Imported documents arrive with
 * their bundle, in the import's transaction, and are recorded with it.
 */
@Service
public class ClinicalDocuments {

    static final String RESOURCE = "ClinicalDocument";

    /** What an upload may be, for the form: the largest size and the types, in words. */
    public record Limits(String maxSize, List<String> types) {
    }

    private final StoredDocuments documents;
    private final PatientGate gate;
    private final Callers callers;
    private final Staff staff;
    private final DocumentSettings settings;
    private final Clock clock;

    ClinicalDocuments(StoredDocuments documents, PatientGate gate, Callers callers, Staff staff,
                      DocumentSettings settings, Clock clock) {
        this.documents = documents;
        this.gate = gate;
        this.callers = callers;
        this.staff = staff;
        this.settings = settings;
        this.clock = clock;
    }

    /** The id an imported document has: the same patient and source key always give the same document. */
    public static UUID idFor(UUID patientId, String sourceKey) {
        return UUID.nameUUIDFromBytes(("document|" + patientId + "|" + sourceKey).getBytes(StandardCharsets.UTF_8));
    }

    /** Keeps an uploaded file with the patient's chart, unless it breaks one of the {@link UploadRules}. */
    @Transactional
    public ClinicalDocument upload(UUID patientId, NewDocument upload) {
        UUID id = gate.create(patientId, RESOURCE, access -> {
            String mediaType = UploadRules.check(upload, settings.maxSize(), LocalDate.now(clock));
            String title = UploadRules.titleOf(upload);
            UUID created = UUID.randomUUID();
            Instant now = clock.instant();
            Instant written = upload.documentDate() == null ? now
                    : upload.documentDate().atStartOfDay(clock.getZone()).toInstant();
            documents.insert(created, patientId, access.practiceId(), new NewDocument(upload.kind(), title,
                            blankToNull(upload.author()), upload.documentDate(), blankToNull(upload.fileName()),
                            upload.content()), mediaType, sha256(upload.content()), callers.current().userId(),
                    Timestamp.from(written), Timestamp.from(now));
            return created;
        }, created -> created);
        return named(List.of(documents.find(id).orElseThrow())).get(0);
    }

    /** The patient's documents, newest first, without their content. */
    public List<ClinicalDocument> list(UUID patientId) {
        gate.open(patientId, AuditAction.READ, RESOURCE);
        return named(documents.ofPatient(patientId));
    }

    /** A document to download: recorded as an export of the patient's data. Another practice's is not found. */
    public DocumentFile download(UUID documentId) {
        return new DocumentFile(open(documentId, AuditAction.EXPORT), documents.content(documentId));
    }

    /** A document to read on the page (a plain-text note): recorded as a read. */
    public DocumentFile read(UUID documentId) {
        return new DocumentFile(open(documentId, AuditAction.READ), documents.content(documentId));
    }

    /**
     * Keeps the documents an import sent for one patient, in the import's transaction; those already kept under
     * the same source key stay as they are. Answers the source keys that were new.
     */
    public Set<String> keepImported(UUID patientId, UUID practiceId, List<ImportedDocument> imported) {
        if (imported.isEmpty()) {
            return Set.of();
        }
        return documents.insertImported(patientId, practiceId, imported,
                imported.stream().map(document -> sha256(document.content())).toList(), Timestamp.from(clock.instant()));
    }

    /** The upload limits, for the form's help text. */
    public Limits limits() {
        return new Limits(DocumentTypes.inWords(settings.maxSize().toBytes()), DocumentTypes.ALLOWED_WORDS);
    }

    private ClinicalDocument open(UUID documentId, AuditAction action) {
        ClinicalDocument document = documents.find(documentId)
                .orElseThrow(() -> gate.refuse(action, RESOURCE, documentId, "No document " + documentId));
        gate.open(document.patientId(), action, RESOURCE, documentId);
        return named(List.of(document)).get(0);
    }

    private List<ClinicalDocument> named(List<ClinicalDocument> found) {
        Map<UUID, Staff.Person> people = staff.byId(found.stream().map(ClinicalDocument::uploadedById)
                .filter(java.util.Objects::nonNull).toList());
        return found.stream().map(document -> document.uploadedById() == null ? document
                : document.named(people.containsKey(document.uploadedById())
                ? people.get(document.uploadedById()).displayName() : null)).toList();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
