package org.careloop.audit.web;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.audit.AuditEvent;
import org.careloop.audit.AuditExport;
import org.careloop.audit.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for administrators: {@code GET /api/audit?patient=&user=&from=&to=&page=&size=}, and a month as
 * CSV at {@code GET /api/audit/export?month=}.
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    record AuditPage(List<AuditEvent> events, int page, int size, long total) {
    }

    private final AuditTrail trail;
    private final AuditExport export;

    AuditController(AuditTrail trail, AuditExport export) {
        this.trail = trail;
        this.export = export;
    }

    /** {@code GET /api/audit/export?month=2026-11}: the month as CSV, for the archive (README, "Audit trail"). */
    @GetMapping("/export")
    void export(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + month + ".csv\"");
        export.month(month, response.getWriter());
    }

    @GetMapping
    AuditPage search(@RequestParam(required = false) UUID patient,
                     @RequestParam(required = false) String user,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "50") int size) {
        int bounded = Math.max(1, Math.min(size, 500));
        int pageNumber = Math.max(0, page);
        return new AuditPage(trail.search(patient, user, from, to, pageNumber, bounded), pageNumber, bounded,
                trail.count(patient, user, from, to));
    }
}
