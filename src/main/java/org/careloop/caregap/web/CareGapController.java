package org.careloop.caregap.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.careloop.InvalidRequest;
import org.careloop.caregap.CareGap;
import org.careloop.caregap.CareGaps;
import org.careloop.caregap.GapStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Care gaps over JSON: a stored patient's gaps and the practice report (the what-if evaluation is the fhir module's). */
@RestController
@Tag(name = "Care gaps", description = "Preventive and chronic-care measures (USPSTF, ACIP, ADA) per patient")
class CareGapController {

    private final CareGaps careGaps;

    CareGapController(CareGaps careGaps) {
        this.careGaps = careGaps;
    }

    @GetMapping("/api/patients/{patientId}/care-gaps")
    @Operation(summary = "The patient's standing on every measure today, from CareLoop's stored record")
    CareGaps.Evaluated forPatient(@PathVariable UUID patientId) {
        return new CareGaps.Evaluated(careGaps.forPatient(patientId));
    }

    @GetMapping("/api/care-gaps/report")
    @Operation(summary = "The gaps of the caller's practices by measure and patient, optionally of one measure and status")
    List<CareGaps.ReportRow> report(@RequestParam(required = false) String measure,
                                    @RequestParam(required = false) String status) {
        return careGaps.report(blankToNull(measure), status(status));
    }

    @GetMapping(value = "/api/care-gaps/report.csv", produces = "text/csv")
    @Operation(summary = "The report as CSV")
    void reportCsv(@RequestParam(required = false) String measure, @RequestParam(required = false) String status,
                   HttpServletResponse response) throws IOException {
        List<CareGaps.ReportRow> rows = careGaps.report(blankToNull(measure), status(status));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"care-gaps.csv\"");
        Writer out = response.getWriter();
        out.write("measure,status,patient_id,mrn,patient,due_since,next_due,explanation\r\n");
        for (CareGaps.ReportRow row : rows) {
            CareGap gap = row.gap();
            out.write(String.join(",", csv(gap.measure()), csv(gap.status().name()), csv(row.patientId().toString()),
                    csv(row.mrn()), csv(row.patientName()), csv(gap.dueSince()), csv(gap.nextDue()),
                    csv(gap.explanation())) + "\r\n");
        }
        out.flush();
    }

    static GapStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return GapStatus.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("No status " + status, Map.of("status", "one of DUE, SATISFIED, NOT_APPLICABLE, NOT_EVALUATED"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A CSV field, quoted when needed; a leading formula character is defused for spreadsheets. */
    static String csv(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quoted = text.indexOf('"') >= 0 || text.indexOf(',') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
