package org.careloop.fhir.importing;

import java.util.Map;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The answer to an imported bundle: a transaction-response (or batch-response) with one entry per entry sent, in
 * the same order, saying {@code 201 Created}, {@code 200 OK} (already present) or {@code 204 Not kept}, and one
 * last entry holding an OperationOutcome that counts what was kept and what was not, and why.
 */
public final class BundleResponse {

    private BundleResponse() {
    }

    public static Bundle of(ImportOutcome outcome) {
        Bundle response = new Bundle().setType("transaction".equals(outcome.bundleType())
                ? Bundle.BundleType.TRANSACTIONRESPONSE : Bundle.BundleType.BATCHRESPONSE);
        for (ImportOutcome.EntryOutcome entry : outcome.entries()) {
            Bundle.BundleEntryResponseComponent answer = response.addEntry().getResponse().setStatus(entry.status().http);
            if (entry.location() != null) {
                answer.setLocation(entry.location());
            }
            if (entry.problem() != null) {
                OperationOutcome problem = new OperationOutcome();
                problem.addIssue().setSeverity(entry.status() == ImportOutcome.Status.REFUSED ? IssueSeverity.ERROR
                                : IssueSeverity.INFORMATION)
                        .setCode(entry.status() == ImportOutcome.Status.REFUSED ? IssueType.PROCESSING
                                : IssueType.DUPLICATE)
                        .setDiagnostics(entry.problem()).addExpression("Bundle.entry[" + entry.index() + "]");
                answer.setOutcome(problem);
            }
        }
        response.addEntry().setResource(summary(outcome)).getResponse().setStatus("200 OK");
        return response;
    }

    static OperationOutcome summary(ImportOutcome outcome) {
        OperationOutcome summary = new OperationOutcome();
        summary.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL)
                .setDiagnostics("Kept " + outcome.kept() + " of " + outcome.entries().size() + " entries ("
                        + outcome.created() + " new, " + (outcome.kept() - outcome.created()) + " already present)"
                        + counts(outcome.keptByType()));
        long duplicates = outcome.withStatus(ImportOutcome.Status.DUPLICATE);
        long refused = outcome.withStatus(ImportOutcome.Status.REFUSED);
        if (duplicates + refused > 0) {
            summary.addIssue().setSeverity(refused > 0 ? IssueSeverity.WARNING : IssueSeverity.INFORMATION)
                    .setCode(IssueType.PROCESSING).setDiagnostics("Readings refused: " + refused
                            + "; duplicates left out: " + duplicates + " (each entry's outcome says why)");
        }
        outcome.notKeptByType().forEach((type, count) -> summary.addIssue().setSeverity(IssueSeverity.INFORMATION)
                .setCode(IssueType.NOTSUPPORTED)
                .setDiagnostics("Not kept: " + count + " " + type + " (" + KeptResources.whyNotKept(type) + ")")
                .addExpression("Bundle.entry.resource.ofType(" + type + ")"));
        return summary;
    }

    private static String counts(Map<String, Integer> byType) {
        return byType.isEmpty() ? "" : ": " + byType.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
