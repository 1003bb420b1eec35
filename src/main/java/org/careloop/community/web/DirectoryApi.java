package org.careloop.community.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.community.CommunityDirectory;
import org.careloop.community.DirectoryLocation;
import org.careloop.community.DirectoryOrganization;
import org.careloop.community.LocationChange;
import org.careloop.community.OrganizationChange;
import org.careloop.community.CommunityService;
import org.careloop.community.DirectoryPackages;
import org.careloop.community.HsdsImportResult;
import org.careloop.community.RankedService;
import org.careloop.community.ServiceChange;
import org.careloop.identity.PracticeSelection;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The community resource directory on the API: search, read and edit services; import and export HSDS packages. */
@RestController
@RequestMapping("/api/community")
@Tag(name = "Community directory")
@PreAuthorize("hasAnyRole('CARE_MANAGER', 'NURSE', 'PROVIDER', 'ADMIN')")
class DirectoryApi {

    private final CommunityDirectory directory;
    private final DirectoryPackages packages;
    private final PracticeSelection selection;

    DirectoryApi(CommunityDirectory directory, DirectoryPackages packages, PracticeSelection selection) {
        this.directory = directory;
        this.packages = packages;
        this.selection = selection;
    }

    @GetMapping("/services")
    @Operation(summary = "Active services of a practice's directory, ranked for a person: category= (food, housing, ...) "
            + "or need= (food-insecurity, ...), zip=, language=, openNow=true; each result says why it ranks there")
    List<RankedService> search(@ModelAttribute DirectorySearchForm form) {
        return directory.search(form.toSearch(selection.current().id()));
    }

    @GetMapping("/services/{serviceId}")
    @Operation(summary = "One service of the caller's practices, whatever its status")
    CommunityService service(@PathVariable UUID serviceId) {
        return directory.find(serviceId);
    }

    @PutMapping("/services/{serviceId}")
    @Operation(summary = "An administrator corrects a service, based on the version read (409 when stale)")
    CommunityService revise(@PathVariable UUID serviceId, @RequestBody ServiceChange change) {
        return directory.revise(serviceId, change);
    }

    @GetMapping("/organizations/{organizationId}")
    @Operation(summary = "One organization of the caller's practices")
    DirectoryOrganization organization(@PathVariable UUID organizationId) {
        return directory.organization(organizationId);
    }

    @PutMapping("/organizations/{organizationId}")
    @Operation(summary = "An administrator corrects an organization: name, description, email, website, phones (version; 409 when stale)")
    DirectoryOrganization reviseOrganization(@PathVariable UUID organizationId, @RequestBody OrganizationChange change) {
        return directory.revise(organizationId, change);
    }

    @GetMapping("/locations/{locationId}")
    @Operation(summary = "One location of the caller's practices")
    DirectoryLocation location(@PathVariable UUID locationId) {
        return directory.location(locationId);
    }

    @PutMapping("/locations/{locationId}")
    @Operation(summary = "An administrator corrects a location: name, address, city, state, postalCode, phones (version; 409 when stale)")
    DirectoryLocation reviseLocation(@PathVariable UUID locationId, @RequestBody LocationChange change) {
        return directory.revise(locationId, change);
    }

    @PostMapping(value = "/directory/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "An administrator imports a zipped HSDS package (file=) into a practice's directory, all or "
            + "nothing; 400 lists every problem by file, row and column")
    ResponseEntity<?> importPackage(@RequestParam(required = false) UUID practice, @RequestParam MultipartFile file)
            throws IOException {
        HsdsImportResult result;
        try (InputStream in = file.getInputStream()) {
            result = packages.importZip(practice == null ? selection.current().id() : practice, in);
        }
        if (result.imported()) {
            return ResponseEntity.ok(result);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The HSDS package has "
                + result.problems().size() + " problem" + (result.problems().size() == 1 ? "" : "s")
                + "; nothing was imported");
        problem.setTitle("HSDS package refused");
        problem.setType(URI.create("https://careloop.org/problems/hsds-package"));
        problem.setProperty("errors", result.problems());
        return ResponseEntity.badRequest().body(problem);
    }

    @GetMapping(value = "/directory/export", produces = "application/zip")
    @Operation(summary = "An administrator exports a practice's directory as a zipped HSDS package")
    ResponseEntity<byte[]> exportPackage(@RequestParam(required = false) UUID practice) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"community-directory-hsds.zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(packages.exportZip(practice == null ? selection.current().id() : practice));
    }
}
