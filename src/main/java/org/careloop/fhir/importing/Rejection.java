package org.careloop.fhir.importing;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.hl7.fhir.r4.model.OperationOutcome;

/** Why a bundle is refused as a whole: an OperationOutcome that names the entry at fault. */
public final class Rejection {

    private Rejection() {
    }

    public static InvalidRequestException of(OperationOutcome.IssueType type, String message, String expression) {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
        if (expression != null) {
            issue.addExpression(expression);
        }
        return new InvalidRequestException(message, outcome);
    }

    static InvalidRequestException at(BundleEntry entry, String problem) {
        return at(entry.index(), entry.fullUrl(), OperationOutcome.IssueType.INVALID, problem);
    }

    /** A resource refused for one of its elements: the expression points at the element inside the entry. */
    static InvalidRequestException at(BundleEntry entry, String problem, String element) {
        if (element == null) {
            return at(entry, problem);
        }
        String where = "Bundle.entry[" + entry.index() + "]";
        String named = where + (entry.fullUrl() != null ? " (" + entry.fullUrl() + ")" : "");
        return of(OperationOutcome.IssueType.INVALID, named + ": " + problem + ". Nothing from this bundle was stored.",
                where + ".resource." + element);
    }

    static InvalidRequestException at(int index, String fullUrl, OperationOutcome.IssueType type, String problem) {
        String where = "Bundle.entry[" + index + "]";
        String named = where + (fullUrl != null ? " (" + fullUrl + ")" : "");
        return of(type, named + ": " + problem + ". Nothing from this bundle was stored.", where);
    }

    /** An entry the sender may not send at all: 403, naming the entry. */
    static ForbiddenOperationException forbiddenAt(BundleEntry entry, String problem) {
        String where = "Bundle.entry[" + entry.index() + "]";
        String message = where + (entry.fullUrl() != null ? " (" + entry.fullUrl() + ")" : "") + ": " + problem
                + ". Nothing from this bundle was stored.";
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(OperationOutcome.IssueType.FORBIDDEN)
                .setDiagnostics(message).addExpression(where);
        return new ForbiddenOperationException(message, outcome);
    }

    static InvalidRequestException bundle(String problem) {
        return of(OperationOutcome.IssueType.STRUCTURE, problem + ". Nothing from this bundle was stored.", "Bundle");
    }

    /** Two entries of one bundle under the same fullUrl: both are named, as either may be the mistake. */
    static InvalidRequestException sameFullUrl(BundleEntry first, BundleEntry second) {
        OperationOutcome outcome = new OperationOutcome();
        String message = "Bundle.entry[" + first.index() + "] (" + first.resourceType() + ") and Bundle.entry["
                + second.index() + "] (" + second.resourceType() + ") have the same fullUrl " + second.fullUrl()
                + "; each entry needs its own. Nothing from this bundle was stored.";
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(OperationOutcome.IssueType.DUPLICATE)
                .setDiagnostics(message).addExpression("Bundle.entry[" + first.index() + "].fullUrl")
                .addExpression("Bundle.entry[" + second.index() + "].fullUrl");
        return new InvalidRequestException(message, outcome);
    }
}
