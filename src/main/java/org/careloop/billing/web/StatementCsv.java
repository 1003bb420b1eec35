package org.careloop.billing.web;

import java.nio.charset.StandardCharsets;

import org.careloop.billing.BillingMonthStatement;
import org.careloop.billing.StatementLine;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The statement as the CSV a biller sends on: one row per claim line, the same from the API and the web page. */
final class StatementCsv {

    private static final String HEADER = "patient,mrn,dob,billing_npi,code,units,date_of_service,diagnosis_codes,minutes,explanation\r\n";

    private StatementCsv() {
    }

    static ResponseEntity<byte[]> download(BillingMonthStatement statement) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (StatementLine line : statement.lines()) {
            csv.append(cell(line.patientName())).append(',').append(cell(line.mrn())).append(',')
                    .append(line.birthDate()).append(',').append(cell(line.billingNpi())).append(',')
                    .append(line.code()).append(',').append(line.units()).append(',').append(line.dateOfService()).append(',')
                    .append(cell(line.diagnosisCodes())).append(',').append(line.minutes()).append(',')
                    .append(cell(line.explanation())).append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"careloop-" + statement.month() + "-v"
                        + statement.version() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet does not execute it. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
