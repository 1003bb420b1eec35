package org.careloop.database;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The one answer to a request that needs a database CareLoop cannot reach: 503 with {@code Retry-After}, as a page
 * for people, a problem detail for the JSON API and an OperationOutcome for FHIR clients. Written by hand, because
 * the usual error machinery (sessions, navigation) would need the database itself.
 */
@Component
class OutageResponse {

    static final int RETRY_AFTER_SECONDS = 10;
    private final MessageSource messages;

    OutageResponse(MessageSource messages) {
        this.messages = messages;
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        Locale locale = request.getLocale();
        String title = messages.getMessage("database.unavailable.title", null, "The database is unavailable", locale);
        String detail = messages.getMessage("database.unavailable.detail", null,
                "CareLoop cannot reach its database at the moment. Please try again in a minute.", locale);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/fhir")) {
            response.setContentType("application/fhir+json");
            response.getWriter().write("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                    + "\"code\":\"transient\",\"diagnostics\":" + json(detail) + "}]}");
        } else if (path.startsWith("/api") || wantsJson(request)) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"https://careloop.org/problems/database-unavailable\",\"title\":"
                    + json(title) + ",\"status\":503,\"detail\":" + json(detail) + "}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>%1$s</title>
                    <link rel="stylesheet" href="%3$s/webjars/picocss__pico/css/pico.min.css"></head>
                    <body><main class="container"><h1>%1$s</h1><p>%2$s</p></main></body></html>
                    """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(detail), request.getContextPath()));
        }
        response.flushBuffer();
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    private static String json(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
