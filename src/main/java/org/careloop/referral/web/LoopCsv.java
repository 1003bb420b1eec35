package org.careloop.referral.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.careloop.referral.LoopReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The referral loop as a spreadsheet: one row for all referrals, then one per need and one per organization. */
final class LoopCsv {

    private LoopCsv() {
    }

    static ResponseEntity<String> response(LoopReport report) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"referral-loop-" + report.from() + "-to-"
                        + report.to() + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(csv(report));
    }

    static String csv(LoopReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(
                "group", "label", "sent", "accepted", "declined", "no_response", "service_provided", "not_provided",
                "still_open", "closed_with_outcome_percent", "median_days_to_close").get())) {
            row(csv, "all", report.total());
            for (LoopReport.Line line : report.byNeed()) {
                row(csv, "need", line);
            }
            for (LoopReport.Line line : report.byOrganization()) {
                row(csv, "organization", line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void row(CSVPrinter csv, String group, LoopReport.Line line) throws IOException {
        csv.printRecord(group, line.label(), line.sent(), line.accepted(), line.declined(), line.noResponse(),
                line.serviceProvided(), line.notProvided(), line.stillOpen(), line.closedWithOutcomePercent(),
                line.medianDaysToClose() == null ? "" : line.medianDaysToClose());
    }
}
