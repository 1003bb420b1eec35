package org.careloop.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.community.DirectoryPackages;
import org.careloop.community.HsdsImportResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The demo practices' community resource directory: a small Open Referral HSDS package shipped with CareLoop
 * ({@code demo/hsds}: ten invented Massachusetts organizations, sixteen services across every category, with the ZIP
 * codes they serve, hours and languages), imported into each practice through the same import as any package.
 */
@Component
class DemoDirectory {

    static final String PACKAGE = "classpath:demo/hsds/*.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private final DirectoryPackages packages;

    DemoDirectory(DirectoryPackages packages) {
        this.packages = packages;
    }

    @EventListener
    void load(DemoStaffHired hired) {
        hired.practices().values().forEach(this::load);
    }

    HsdsImportResult load(UUID practice) {
        HsdsImportResult result = packages.importFiles(practice, files());
        if (result.imported()) {
            log.info("Demo community directory: {} services of {} organizations", result.services(), result.organizations());
        } else {
            log.warn("Demo community directory not imported: {}", result.problems());
        }
        return result;
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            for (Resource file : Arrays.stream(new PathMatchingResourcePatternResolver().getResources(PACKAGE))
                    .sorted(java.util.Comparator.comparing(Resource::getFilename)).toList()) {
                files.put(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo HSDS package", e);
        }
        return files;
    }
}
