package org.careloop.community.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.careloop.community.LanguageNames;
import org.careloop.community.ServiceCategory;

/**
 * Writes a directory as an HSDS tabular package (a zip of CSV files) that {@link HsdsReading} reads back to the same
 * directory. Entries keep their HSDS ids; rows CareLoop keeps inside an entry (phones, languages, hours, the ZIP
 * codes served, categories) get ids made from their entry's id, the same on every export.
 */
public final class HsdsPackageWriter {

    private HsdsPackageWriter() {
    }

    public static byte[] zip(HsdsContent directory) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            List<List<Object>> phones = new ArrayList<>();
            file(zip, "organizations.csv", List.of("id", "name", "description", "email", "website"),
                    directory.organizations().stream().map(o -> {
                        phones(phones, o.id(), "organization", o.phones());
                        return row(o.id(), o.name(), o.description(), o.email(), o.website());
                    }).toList());
            file(zip, "locations.csv", List.of("id", "organization_id", "location_type", "name"),
                    directory.locations().stream().map(l -> {
                        phones(phones, l.id(), "location", l.phones());
                        return row(l.id(), l.organizationId(), "physical", l.name());
                    }).toList());
            file(zip, "addresses.csv", List.of("id", "location_id", "address_1", "city", "state_province", "postal_code",
                            "country", "address_type"),
                    directory.locations().stream().filter(l -> l.address() != null).map(l -> row(
                            l.addressId() == null ? l.id() + "-address" : l.addressId(), l.id(), l.address(), l.city(),
                            l.state(), l.postalCode(), l.country() == null ? "US" : l.country(), "physical")).toList());
            List<List<Object>> languages = new ArrayList<>();
            List<List<Object>> areas = new ArrayList<>();
            List<List<Object>> attributes = new ArrayList<>();
            file(zip, "services.csv", List.of("id", "organization_id", "name", "description", "url", "email", "status",
                            "eligibility_description", "fees_description", "assured_date"),
                    directory.services().stream().map(s -> {
                        phones(phones, s.id(), "service", s.phones());
                        for (int i = 0; i < s.languages().size(); i++) {
                            languages.add(row(s.id() + "-language-" + (i + 1), s.id(), s.languages().get(i),
                                    LanguageNames.codeOf(s.languages().get(i)).orElse(null)));
                        }
                        if (!s.zipCodes().isEmpty()) {
                            areas.add(row(s.id() + "-area", s.id(), "ZIP codes served", String.join(" ", s.zipCodes()), "text"));
                        }
                        s.categories().forEach(category -> attributes.add(row(s.id() + "-category-" + category.code(),
                                s.id(), "service", "category", termId(category))));
                        return row(s.id(), s.organizationId(), s.name(), s.description(), s.url(), s.email(), s.status(),
                                s.eligibility(), s.fees(), s.lastVerified());
                    }).toList());
            file(zip, "service_at_location.csv", List.of("id", "service_id", "location_id"),
                    directory.serviceAtLocations().stream().map(l -> row(l.id(), l.serviceId(), l.locationId())).toList());
            file(zip, "phones.csv", List.of("id", "organization_id", "service_id", "location_id", "number"), phones);
            List<List<Object>> schedules = new ArrayList<>();
            for (int i = 0; i < directory.schedules().size(); i++) {
                HsdsContent.Schedule hours = directory.schedules().get(i);
                schedules.add(row(hours.serviceId() + "-hours-" + (i + 1), hours.serviceId(), hours.locationId(), "WEEKLY",
                        String.join(",", hours.days().stream().sorted().map(HsdsStore::dayCode).toList()),
                        hours.opensAt(), hours.closesAt(), hours.description()));
            }
            file(zip, "schedules.csv", List.of("id", "service_id", "location_id", "freq", "byday", "opens_at", "closes_at",
                    "description"), schedules);
            file(zip, "languages.csv", List.of("id", "service_id", "name", "code"), languages);
            file(zip, "service_areas.csv", List.of("id", "service_id", "name", "extent", "extent_type"), areas);
            file(zip, "taxonomy_terms.csv", List.of("id", "code", "name", "description", "taxonomy"),
                    Arrays.stream(ServiceCategory.values()).map(category -> row(termId(category), category.code(),
                            category.label(), "CareLoop category: " + category.label(), ServiceCategory.TAXONOMY)).toList());
            file(zip, "attributes.csv", List.of("id", "link_id", "link_entity", "link_type", "taxonomy_term_id"), attributes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the HSDS package", e);
        }
        return bytes.toByteArray();
    }

    private static void phones(List<List<Object>> phones, String ownerId, String owner, List<String> numbers) {
        for (int i = 0; i < numbers.size(); i++) {
            phones.add(row(ownerId + "-phone-" + (i + 1), owner.equals("organization") ? ownerId : null,
                    owner.equals("service") ? ownerId : null, owner.equals("location") ? ownerId : null, numbers.get(i)));
        }
    }

    private static String termId(ServiceCategory category) {
        return "careloop-category-" + category.code();
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static void file(ZipOutputStream zip, String name, List<String> columns, List<List<Object>> rows)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new))
                .setRecordSeparator("\n").get());
        for (List<Object> row : rows) {
            csv.printRecord(row);
        }
        csv.flush();
        zip.closeEntry();
    }
}
