package org.careloop.document.web;

import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.document.ClinicalDocument;
import org.careloop.document.ClinicalDocuments;
import org.careloop.document.DocumentFile;
import org.careloop.document.DocumentTooLarge;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Documents on the chart: the upload form of the documents tab, a plain-text note read on its own page, and the
 * download of any document, each through the audited service.
 */
@Controller
class DocumentPage {

    private final ClinicalDocuments documents;
    private final MessageSourceAccessor messages;
    private final java.time.Clock clock;

    DocumentPage(ClinicalDocuments documents, MessageSource messages, java.time.Clock clock) {
        this.documents = documents;
        this.messages = new MessageSourceAccessor(messages);
        this.clock = clock;
    }

    @PostMapping("/patients/{id}/documents")
    String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String author, @RequestParam(required = false) String documentDate,
                  RedirectAttributes redirect) {
        try {
            ClinicalDocument kept = documents.upload(id,
                    new DocumentUploads(file, kind, title, author, documentDate).toNewDocument());
            redirect.addFlashAttribute("flash", messages.getMessage("documents.uploaded", new Object[] {kept.title()}));
        } catch (InvalidRequest invalid) {
            redirect.addFlashAttribute("flashError", messages.getMessage("documents.refused", new Object[] {
                    String.join("; ", invalid.fields().entrySet().stream().map(problem -> messages.getMessage(
                            "documents.field." + problem.getKey(), problem.getKey()) + " " + problem.getValue()).toList())}));
        } catch (DocumentTooLarge tooLarge) {
            redirect.addFlashAttribute("flashError", messages.getMessage("documents.refused",
                    new Object[] {tooLarge.getMessage()}));
        }
        return "redirect:/patients/" + id + "?tab=documents";
    }

    @GetMapping("/documents/{documentId}")
    String read(@PathVariable UUID documentId, Model model) {
        DocumentFile file = documents.read(documentId);
        model.addAttribute("document", file.document());
        model.addAttribute("text", file.document().readable() ? file.text() : null);
        model.addAttribute("zone", clock.getZone());
        return "document/document";
    }

    @GetMapping("/documents/{documentId}/download")
    ResponseEntity<byte[]> download(@PathVariable UUID documentId) {
        return DocumentDownloads.of(documents.download(documentId));
    }
}
