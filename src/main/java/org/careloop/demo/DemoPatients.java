package org.careloop.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditChannels;
import org.careloop.fhir.importing.BulkLoad;
import org.careloop.fhir.importing.BundleImporter;
import org.careloop.fhir.importing.ImportDestination;
import org.careloop.identity.Staff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The demo practices' patients: 80 trimmed Synthea records of adults living with several chronic conditions
 * (made by {@code tools/trim_synthea.py}), shipped in the jar and loaded through the same import as any EHR
 * bundle, with Synthea's digits taken off the names ({@link DemoNames}). The first half goes to Riverside under Maria Rivera, the second to Hillcrest under Chidi Okafor.
 */
@Component
@ConditionalOnProperty(name = "careloop.demo-patients", havingValue = "true", matchIfMissing = true)
class DemoPatients {

    static final String BUNDLES = "classpath:demo/bundles/*.json.gz";
    private static final Logger log = LoggerFactory.getLogger(DemoPatients.class);

    private final BundleImporter importer;
    private final Staff staff;

    DemoPatients(BundleImporter importer, Staff staff) {
        this.importer = importer;
        this.staff = staff;
    }

    @EventListener
    void load(DemoStaffHired hired) {
        List<Resource> bundles = bundles();
        List<Resource> directory = bundles.stream().filter(r -> r.getFilename().contains("directory")).toList();
        List<Resource> patients = bundles.stream().filter(r -> !directory.contains(r)).toList();
        int half = patients.size() / 2;
        BulkLoad.Totals riverside = load(concat(directory, patients.subList(0, half)),
                hired.practices().get("Riverside Family Medicine"), "cm.rivera");
        BulkLoad.Totals hillcrest = load(patients.subList(half, patients.size()),
                hired.practices().get("Hillcrest Internal Medicine"), "cm.okafor");
        log.info("Demo patients loaded: {} at Riverside, {} at Hillcrest ({} records) in {} s",
                riverside.patients(), hillcrest.patients(), riverside.keptResources() + hillcrest.keptResources(),
                String.format("%.1f", riverside.seconds() + hillcrest.seconds()));
        riverside.failed().forEach(f -> log.warn("Demo bundle {} not loaded: {}", f.bundle(), f.reason()));
        hillcrest.failed().forEach(f -> log.warn("Demo bundle {} not loaded: {}", f.bundle(), f.reason()));
    }

    private BulkLoad.Totals load(List<Resource> bundles, UUID practice, String careManager) {
        UUID manager = staff.findByUsername(careManager).map(Staff.Person::id).orElse(null);
        ImportDestination destination = new ImportDestination(practice, manager);
        return AuditChannels.within(AuditChannel.IMPORT, "demo-data", () -> BulkLoad.run(importer,
                bundles.stream().map(DemoPatients::source).iterator(), destination, totals -> { }));
    }

    private static BulkLoad.Source source(Resource resource) {
        return new BulkLoad.Source(resource.getFilename(), () -> {
            try (GZIPInputStream bundle = new GZIPInputStream(resource.getInputStream(), 1 << 16)) {
                return new java.io.ByteArrayInputStream(DemoNames.trimmed(bundle));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<Resource> bundles() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(BUNDLES))
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the demo bundles", e);
        }
    }

    private static List<Resource> concat(List<Resource> first, List<Resource> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
