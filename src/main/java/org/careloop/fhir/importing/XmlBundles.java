package org.careloop.fhir.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A bundle sent as FHIR XML, read by HAPI's XML parser with its strict error handler and handed on as JSON to the
 * same import. FHIR XML is UTF-8; a document type declaration is refused before parsing: FHIR XML has none, and refusing it makes
 * external entities (XXE: reading the server's files, reaching its network) and entity expansion impossible.
 */
final class XmlBundles {

    private XmlBundles() {
    }

    static byte[] asJson(FhirContext fhir, byte[] xml) {
        if (xml.length > 1 && (xml[0] == 0 || xml[1] == 0 || xml[0] == (byte) 0xFE || xml[0] == (byte) 0xFF)) {
            throw Rejection.bundle("FHIR XML is UTF-8; this body is in another encoding");
        }
        String text = new String(xml, StandardCharsets.UTF_8);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            throw Rejection.bundle("FHIR XML has no document type declaration; bodies with <!DOCTYPE> or <!ENTITY> are refused");
        }
        try {
            Bundle bundle = fhir.newXmlParser().setParserErrorHandler(new StrictErrorHandler())
                    .parseResource(Bundle.class, new ByteArrayInputStream(xml));
            return fhir.newJsonParser().encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw Rejection.bundle("The body is not a valid FHIR R4 XML Bundle");
        }
    }
}
