package org.careloop.fhir.importing;

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

    static InvalidRequestException at(int index, String fullUrl, OperationOutcome.IssueType type, String problem) {
        String where = "Bundle.entry[" + index + "]";
        String named = where + (fullUrl != null ? " (" + fullUrl + ")" : "");
        return of(type, named + ": " + problem + ". Nothing from this bundle was stored.", where);
    }

    static InvalidRequestException bundle(String problem) {
        return of(OperationOutcome.IssueType.STRUCTURE, problem + ". Nothing from this bundle was stored.", "Bundle");
    }
}
