package org.careloop.fhir.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.careloop.fhir.importing.UploadedBundles.FileResult;
import org.careloop.identity.Practice;
import org.careloop.identity.PracticeSelection;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * FHIR import for administrators: bundle files from an EHR export, uploaded into one of their practices. With
 * JavaScript the page sends the files one at a time and shows each file's result as it finishes, with a progress
 * bar; without it, the whole form is posted and the results come back together.
 */
@Controller
@RequestMapping("/admin/import")
@PreAuthorize("hasRole('ADMIN')")
class ImportPage {

    private final UploadedBundles bundles;
    private final PracticeSelection selection;

    ImportPage(UploadedBundles bundles, PracticeSelection selection) {
        this.bundles = bundles;
        this.selection = selection;
    }

    @GetMapping
    String page(Model model) {
        return page(model, selection.current().id(), List.of());
    }

    @PostMapping
    String importAll(@RequestParam UUID practice, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                     Model model) {
        UUID destination = practiceOfCaller(practice);
        List<MultipartFile> ordered = new ArrayList<>(files == null ? List.of() : files);
        ordered.removeIf(MultipartFile::isEmpty);
        ordered.sort(Comparator.comparing(file -> !UploadedBundles.directory(String.valueOf(file.getOriginalFilename()))));
        List<FileResult> results = ordered.stream().map(file -> importOne(file, destination)).toList();
        return page(model, destination, results);
    }

    /** One file, for the page's script: the fragment showing what became of it. */
    @PostMapping("/file")
    String importFile(@RequestParam UUID practice, @RequestParam MultipartFile file, Model model) {
        model.addAttribute("result", importOne(file, practiceOfCaller(practice)));
        return "fhir/import :: result";
    }

    private FileResult importOne(MultipartFile file, UUID practice) {
        try (InputStream in = file.getInputStream()) {
            return bundles.importFile(file.getOriginalFilename(), in, practice);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UUID practiceOfCaller(UUID practice) {
        return selection.available().stream().map(Practice::id).filter(practice::equals).findFirst()
                .orElseThrow(() -> new org.careloop.NotFound("No practice " + practice));
    }

    private String page(Model model, UUID practice, List<FileResult> results) {
        model.addAttribute("practices", selection.available());
        model.addAttribute("practice", practice);
        model.addAttribute("results", results);
        return "fhir/import";
    }
}
