package org.careloop;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the servlet container sends every error no controller answered: a refused filter, a failed page, an
 * exception outside the API's advice. Pages get the error page, everyone else a problem detail; neither quotes the
 * exception. A request for {@code /error} itself is answered as a page that does not exist.
 */
@Controller
@RequestMapping("/error")
class ErrorEndpoint implements ErrorController {

    /** Statuses the page explains in their own words (messages {@code error.refused.<status>}). */
    private static final java.util.Set<Integer> EXPLAINED = java.util.Set.of(400, 403, 405, 413, 415);

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        Answer answer = answer(request);
        response.setStatus(answer.status().value());
        String view = answer.status() == HttpStatus.NOT_FOUND ? "error/404" : "error/error";
        int status = answer.status().value();
        return new ModelAndView(view, Map.of("status", status, "reason", answer.status().getReasonPhrase(),
                "explanation", EXPLAINED.contains(status) ? "error.refused." + status : "error.refused.text",
                "incident", answer.incident() == null ? "" : answer.incident().id()), answer.status());
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        Answer answer = answer(request);
        ProblemDetail problem = ProblemDetail.forStatus(answer.status());
        problem.setTitle(answer.status().getReasonPhrase());
        if (answer.incident() != null) {
            problem.setDetail(answer.incident().detail());
            problem.setProperty("incident", answer.incident().id());
        }
        return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private record Answer(HttpStatus status, Incident incident) {
    }

    private static Answer answer(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return new Answer(HttpStatus.NOT_FOUND, null);
        }
        HttpStatus status = HttpStatus.resolve(value);
        if (status == null) {
            status = value >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Incident incident = status.is5xxServerError() && failure instanceof Throwable thrown
                ? Incident.logged(thrown, request.getMethod(),
                        String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)))
                : null;
        return new Answer(status, incident);
    }
}
