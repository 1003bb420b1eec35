package org.careloop.fhir.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads a FHIR JSON bundle as a stream. Entries of types CareLoop does not keep (claims, notes, ...) are skipped
 * without being parsed, which is most of the bytes of an EHR export; the others go through HAPI's parser with a
 * strict error handler, so an unknown element or a malformed value refuses the bundle.
 */
final class BundleReader {

    private static final Set<String> BUNDLE_ELEMENTS = Set.of("id", "meta", "implicitRules", "language",
            "identifier", "timestamp", "total", "link", "signature");
    private static final Set<String> ENTRY_ELEMENTS = Set.of("id", "extension", "modifierExtension", "link", "search",
            "request", "response");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(200_000_000).build()).build();

    private final FhirContext fhir;
    /** Types parsed beyond those an import keeps: a device feed's Devices. */
    private final Set<String> alsoParsed;

    BundleReader(FhirContext fhir) {
        this(fhir, Set.of());
    }

    BundleReader(FhirContext fhir, Set<String> alsoParsed) {
        this.fhir = fhir;
        this.alsoParsed = Set.copyOf(alsoParsed);
    }

    private boolean parsed(String type) {
        return KeptResources.parsed(type) || alsoParsed.contains(type);
    }

    /** A top-level element that must be a string; an object or array there is refused, not read into. */
    private static String text(JsonParser json, JsonToken value, String element) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw Rejection.bundle("Bundle." + element + " must be a string");
        }
        return json.getText();
    }

    ReadBundle read(InputStream input) {
        IParser parser = fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try (JsonParser json = JSON.createParser(input)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw Rejection.bundle("The body is not a JSON object");
            }
            String type = null;
            String resourceType = null;
            List<BundleEntry> entries = new ArrayList<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                switch (name) {
                    case "resourceType" -> resourceType = text(json, value, "resourceType");
                    case "type" -> type = text(json, value, "type");
                    case "entry" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw Rejection.bundle("Bundle.entry is not an array");
                        }
                        while (json.nextToken() != JsonToken.END_ARRAY) {
                            entries.add(readEntry(json, entries.size(), parser));
                        }
                    }
                    default -> {
                        if (!BUNDLE_ELEMENTS.contains(name)) {
                            throw Rejection.bundle("Unknown element 'Bundle." + name + "'");
                        }
                        json.skipChildren();
                    }
                }
            }
            if (!"Bundle".equals(resourceType)) {
                throw Rejection.bundle("Expected a Bundle, got resourceType " + resourceType);
            }
            if (type == null || !Set.of("transaction", "batch", "collection").contains(type)) {
                throw Rejection.bundle("Bundle.type must be transaction, batch or collection, not " + type);
            }
            return new ReadBundle(type, entries, json.currentLocation().getByteOffset());
        } catch (JsonProcessingException e) {
            throw Rejection.bundle("The body is not valid JSON at line " + e.getLocation().getLineNr() + " column "
                    + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw Rejection.bundle("The bundle could not be read: " + e.getMessage());
        }
    }

    private BundleEntry readEntry(JsonParser json, int index, IParser parser) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            throw Rejection.at(index, null, IssueType.STRUCTURE, "entry is not a JSON object");
        }
        String fullUrl = null;
        String resourceType = null;
        byte[] resource = null;
        List<String> references = new ArrayList<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            if (name.equals("fullUrl")) {
                fullUrl = json.getValueAsString();
            } else if (name.equals("resource")) {
                if (json.currentToken() != JsonToken.START_OBJECT) {
                    throw Rejection.at(index, fullUrl, IssueType.STRUCTURE, "resource is not a JSON object");
                }
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(2048);
                resourceType = copyIfParsed(json, buffer, references);
                resource = resourceType == null || parsed(resourceType) ? buffer.toByteArray() : null;
            } else if (ENTRY_ELEMENTS.contains(name)) {
                json.skipChildren();
            } else {
                throw Rejection.at(index, fullUrl, IssueType.STRUCTURE, "unknown element 'entry." + name + "'");
            }
        }
        if (resource == null) {
            if (resourceType == null) {
                throw Rejection.at(index, fullUrl, IssueType.REQUIRED, "entry has no resource");
            }
            return new BundleEntry(index, fullUrl, resourceType, null, List.of());
        }
        Resource parsed = parse(parser, resource, index, fullUrl);
        String type = parsed.fhirType();
        return new BundleEntry(index, fullUrl, type, parsed(type) ? parsed : null, references);
    }

    /**
     * Copies the resource to {@code buffer} unless its type (the first member, as every FHIR JSON writer puts it)
     * is one CareLoop does not keep, in which case it is skipped. Collects the resource's reference strings on
     * the way, so that checking them needs no second walk. Returns the type, or null when it came later.
     */
    private String copyIfParsed(JsonParser json, ByteArrayOutputStream buffer, List<String> references)
            throws IOException {
        if (json.nextToken() == JsonToken.FIELD_NAME && "resourceType".equals(json.currentName())) {
            json.nextToken();
            String type = json.getValueAsString();
            if (!parsed(type)) {
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    json.nextToken();
                    json.skipChildren();
                }
                return type;
            }
            try (JsonGenerator out = JSON.createGenerator(buffer)) {
                out.writeStartObject();
                out.writeStringField("resourceType", type);
                copyRest(json, out, references);
            }
            return type;
        }
        try (JsonGenerator out = JSON.createGenerator(buffer)) {
            out.writeStartObject();
            if (json.currentToken() == JsonToken.FIELD_NAME) {
                out.copyCurrentEvent(json);
                copyRest(json, out, references);
            } else {
                out.writeEndObject();
            }
        }
        return null;
    }

    /** Copies tokens up to and including the end of the object being copied. */
    private static void copyRest(JsonParser json, JsonGenerator out, List<String> references) throws IOException {
        int depth = 1;
        while (depth > 0) {
            JsonToken token = json.nextToken();
            if (token == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(json, "Unexpected end of input inside a resource");
            }
            switch (token) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                case VALUE_STRING -> {
                    if ("reference".equals(json.currentName())) {
                        references.add(json.getText());
                    }
                }
                default -> { }
            }
            out.copyCurrentEvent(json);
        }
    }

    private static Resource parse(IParser parser, byte[] resource, int index, String fullUrl) {
        try {
            return (Resource) parser.parseResource(
                    new InputStreamReader(new ByteArrayInputStream(resource), StandardCharsets.UTF_8));
        } catch (DataFormatException | ClassCastException | InvalidRequestException e) {
            throw Rejection.at(index, fullUrl, IssueType.STRUCTURE, "not valid FHIR R4: " + e.getMessage());
        }
    }
}
