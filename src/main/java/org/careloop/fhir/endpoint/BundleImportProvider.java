package org.careloop.fhir.endpoint;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import org.careloop.fhir.importing.BundleImporter;
import org.careloop.fhir.importing.BundleResponse;
import org.careloop.fhir.importing.ImportDestination;
import org.careloop.fhir.importing.Rejection;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Practice;
import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

/**
 * {@code POST /fhir}: imports a transaction, batch or collection bundle from an EHR into the caller's practice.
 * Care managers and administrators may import; an administrator (or anyone working in several practices) names
 * the practice with {@code ?practice=<id or exact name>}. Care managers become the new patients' care manager.
 * The bundle may be FHIR JSON or FHIR XML ({@code Content-Type: application/fhir+xml}).
 */
@Component
class BundleImportProvider implements FhirPlainProvider {

    private final BundleImporter importer;
    private final Callers callers;
    private final Practices practices;
    private final FhirContext fhir;

    BundleImportProvider(BundleImporter importer, Callers callers, Practices practices, FhirContext fhir) {
        this.importer = importer;
        this.callers = callers;
        this.practices = practices;
        this.fhir = fhir;
    }

    /** The bundle argument is a placeholder: {@link RawBundleBody} keeps HAPI from parsing the whole body. */
    @Transaction
    public Bundle importBundle(@TransactionParam Bundle placeholder, RequestDetails request) {
        Caller caller = callers.current();
        if (!caller.hasRole(Role.ADMIN) && !caller.hasRole(Role.CARE_MANAGER)) {
            throw new ForbiddenOperationException("Only care managers and administrators import patient records");
        }
        String[] named = request.getParameters().get("practice");
        UUID practice = practiceFor(caller, named == null || named.length == 0 ? null : named[0]);
        ImportDestination destination = new ImportDestination(practice,
                caller.hasRole(Role.CARE_MANAGER) ? caller.userId() : null, callers.postsObservationsOnly());
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("xml")) {
            return BundleResponse.of(importer.importXmlBundle(request.loadRequestContents(), destination));
        }
        byte[] body = request.loadRequestContents();
        if (destination.readingsOnly()) {
            body = asBatch(body);
        }
        return BundleResponse.of(importer.importBundle(new ByteArrayInputStream(body), destination));
    }

    /**
     * A device vendor may post one reading on its own: a single Observation becomes a batch of one, answered like
     * any other feed bundle. Anything else goes on as it came (a bundle, or a body the reader will refuse).
     */
    private byte[] asBatch(byte[] body) {
        Observation reading;
        try {
            if (!(fhir.newJsonParser().parseResource(new String(body, java.nio.charset.StandardCharsets.UTF_8))
                    instanceof Observation single)) {
                return body;
            }
            reading = single;
        } catch (DataFormatException notASingleResource) {
            return body;
        }
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        batch.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(reading).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");
        return fhir.newJsonParser().encodeResourceToString(batch).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private UUID practiceFor(Caller caller, String named) {
        if (named == null || named.isBlank()) {
            if (caller.practiceIds().size() == 1) {
                return caller.practiceIds().iterator().next();
            }
            throw Rejection.of(IssueType.REQUIRED, "You work in " + caller.practiceIds().size()
                    + " practices: say which one the patients belong to with ?practice=<practice id or exact name>", null);
        }
        Practice practice = parseId(named).flatMap(practices::find).or(() -> practices.findByName(named))
                .orElseThrow(() -> Rejection.of(IssueType.NOTFOUND, "There is no practice '" + named + "'", null));
        if (!caller.hasRole(Role.ADMIN) && !caller.worksIn(practice.id())) {
            throw new ForbiddenOperationException("You do not work in " + practice.name());
        }
        return practice.id();
    }

    private static java.util.Optional<UUID> parseId(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return java.util.Optional.empty();
        }
    }
}
