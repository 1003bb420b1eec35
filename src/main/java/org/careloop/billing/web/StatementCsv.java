package org.careloop.billing.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.careloop.billing.BillingMonthStatement;
import org.careloop.billing.StatementLine;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The statement as the CSV a biller sends on: one row per claim line, the same from the API and the web page. */
final class StatementCsv {

    /** The columns, documented in the README ("Statement CSV"): an 837P service line's fields, one line a row. */
    static final String HEADER = "patient,mrn,dob,medicare_id,rendering_npi,billing_npi,tin,place_of_service,code,units,"
            + "charge,date_of_service,diagnosis_1,diagnosis_2,diagnosis_3,diagnosis_4,minutes,explanation\r\n";

    private StatementCsv() {
    }

    static ResponseEntity<byte[]> download(BillingMonthStatement statement) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (StatementLine line : statement.lines()) {
            List<String> row = new ArrayList<>(List.of(cell(line.patientName()), cell(line.mrn()), String.valueOf(line.birthDate()),
                    cell(line.medicareId()), cell(line.billingNpi()), cell(line.groupNpi()), cell(line.tin()),
                    cell(line.placeOfService()), line.code(), String.valueOf(line.units()), charge(line.chargeCents()),
                    String.valueOf(line.dateOfService())));
            List<String> diagnoses = line.diagnoses();
            for (int pointer = 0; pointer < 4; pointer++) {
                row.add(pointer < diagnoses.size() ? cell(diagnoses.get(pointer)) : "");
            }
            row.add(String.valueOf(line.minutes()));
            row.add(cell(line.explanation()));
            csv.append(String.join(",", row)).append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"careloop-" + statement.month() + "-v"
                        + statement.version() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Dollars and cents ("66.13"), or blank when the practice has no fee for the code. */
    private static String charge(Long cents) {
        return cents == null ? "" : java.math.BigDecimal.valueOf(cents, 2).toPlainString();
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
