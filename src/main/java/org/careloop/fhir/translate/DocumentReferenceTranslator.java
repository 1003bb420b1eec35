package org.careloop.fhir.translate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careloop.document.DocumentKind;
import org.careloop.document.ImportedDocument;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Resource;

/**
 * An EHR's DocumentReference to the documents CareLoop keeps with the chart: one per attachment whose content
 * travels in the bundle, as base64 {@code data} or as a contained Binary the attachment's {@code url} points at
 * ({@code #id}). An attachment that is only a link to the sender's server is not fetched, and a reference marked
 * entered-in-error keeps nothing. The kind follows the LOINC document type: discharge summary, consult note, any
 * other note (US Core category clinical-note) a clinical note.
 */
public final class DocumentReferenceTranslator {

    /** LOINC document types with a kind of their own; other note types are clinical notes. */
    private static final Map<String, DocumentKind> KINDS = Map.of("18842-5", DocumentKind.DISCHARGE_SUMMARY,
            "11488-4", DocumentKind.CONSULT_NOTE, "34117-2", DocumentKind.CLINICAL_NOTE,
            "11506-3", DocumentKind.CLINICAL_NOTE, "34111-5", DocumentKind.CLINICAL_NOTE,
            "28570-0", DocumentKind.CLINICAL_NOTE, "18748-4", DocumentKind.OTHER, "11502-2", DocumentKind.OTHER);
    private static final String CLINICAL_NOTE_CATEGORY = "clinical-note";

    private DocumentReferenceTranslator() {
    }

    /** The documents the reference carries, in attachment order; empty when none carries its content. */
    public static List<ImportedDocument> fromFhir(String sourceKey, DocumentReference reference) {
        if (reference.getStatus() == DocumentReferenceStatus.ENTEREDINERROR) {
            return List.of();
        }
        DocumentKind kind = kindOf(reference);
        String title = titleOf(reference);
        String author = reference.getAuthor().stream().filter(a -> a.hasDisplay()).map(a -> a.getDisplay().strip())
                .findFirst().orElse(null);
        List<ImportedDocument> documents = new ArrayList<>();
        for (DocumentReference.DocumentReferenceContentComponent content : reference.getContent()) {
            Attachment attachment = content.getAttachment();
            Optional<Carried> carried = carried(reference, attachment);
            if (carried.isEmpty()) {
                continue;
            }
            String key = documents.isEmpty() ? sourceKey : sourceKey + "#" + (documents.size() + 1);
            String named = attachment.hasTitle() ? attachment.getTitle().strip() : title;
            documents.add(new ImportedDocument(key, kind, named.length() > 200 ? named.substring(0, 200) : named,
                    carried.get().mediaType(), carried.get().content(), author, dateOf(reference, attachment)));
        }
        return documents;
    }

    private record Carried(String mediaType, byte[] content) {
    }

    private static Optional<Carried> carried(DocumentReference reference, Attachment attachment) {
        if (attachment.hasData()) {
            return Optional.of(new Carried(attachment.hasContentType() ? attachment.getContentType() : null,
                    attachment.getData()));
        }
        if (attachment.hasUrl() && attachment.getUrl().startsWith("#")) {
            String id = attachment.getUrl().substring(1);
            for (Resource contained : reference.getContained()) {
                if (contained instanceof Binary binary && id.equals(contained.getIdElement().getIdPart())
                        && binary.hasData()) {
                    return Optional.of(new Carried(binary.hasContentType() ? binary.getContentType()
                            : attachment.getContentType(), binary.getData()));
                }
            }
            throw new Untranslatable("the attachment points at contained resource #" + id
                    + ", which is not a Binary with data", "content.attachment.url");
        }
        return Optional.empty();
    }

    private static DocumentKind kindOf(DocumentReference reference) {
        for (Coding coding : reference.getType().getCoding()) {
            if (FhirValues.LOINC.equals(coding.getSystem()) && KINDS.containsKey(coding.getCode())) {
                return KINDS.get(coding.getCode());
            }
        }
        boolean clinicalNote = reference.getCategory().stream().flatMap(c -> c.getCoding().stream())
                .anyMatch(coding -> CLINICAL_NOTE_CATEGORY.equals(coding.getCode()));
        return clinicalNote ? DocumentKind.CLINICAL_NOTE : DocumentKind.OTHER;
    }

    private static String titleOf(DocumentReference reference) {
        if (reference.hasDescription()) {
            return reference.getDescription().strip();
        }
        CodeableConcept type = reference.getType();
        if (type.hasText()) {
            return type.getText().strip();
        }
        return type.getCoding().stream().filter(Coding::hasDisplay).map(c -> c.getDisplay().strip()).findFirst()
                .orElse("Clinical note");
    }

    private static Instant dateOf(DocumentReference reference, Attachment attachment) {
        if (reference.hasDate()) {
            return reference.getDate().toInstant();
        }
        if (reference.hasContext() && reference.getContext().hasPeriod() && reference.getContext().getPeriod().hasStart()) {
            return reference.getContext().getPeriod().getStart().toInstant();
        }
        return attachment.hasCreation() ? attachment.getCreation().toInstant() : null;
    }
}
