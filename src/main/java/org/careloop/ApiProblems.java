package org.careloop;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for the JSON API. A validation problem lists every bad field by name, so a client
 * can show each message beside its field. No answer quotes SQL, a class name or a stack trace: what the database
 * refused is said in words, and anything unexpected is logged under an incident id that is all the client sees.
 * Ordered before the pages' advice, which also matches REST controllers.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ApiProblems extends ResponseEntityExceptionHandler {

    /** One bad field and what is wrong with it. */
    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> fields = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid " + String.join(", ", fields.stream().map(FieldProblem::field).distinct().toList()));
        problem.setTitle("Validation failed");
        problem.setType(URI.create("https://careloop.org/problems/validation"));
        problem.setProperty("errors", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (RequestSizeLimit.isTooLarge(exception)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(RequestSizeLimit.problem());
        }
        String field = fieldOf(exception);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field == null
                ? syntaxErrorAt(exception).orElse("The request body is not valid JSON for this endpoint")
                : "The value of " + field + " cannot be read");
        problem.setTitle("Unreadable request");
        problem.setType(URI.create("https://careloop.org/problems/validation"));
        if (field != null) {
            problem.setProperty("errors", List.of(new FieldProblem(field, "has a value of the wrong type or format")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** Where the body stops being JSON at all, in words: "The body is not valid JSON at line 2 column 5". */
    private static java.util.Optional<String> syntaxErrorAt(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException syntax && syntax.getLocation() != null
                    && syntax.getLocation().getLineNr() > 0) {
                return java.util.Optional.of("The body is not valid JSON at line " + syntax.getLocation().getLineNr()
                        + " column " + syntax.getLocation().getColumnNr());
            }
        }
        return java.util.Optional.empty();
    }

    /** The JSON path of the value Jackson could not read, such as {@code timeEntries[0].program}. */
    private static String fieldOf(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (var reference : databind.getPath()) {
                    if (reference.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
        }
        return null;
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setTitle("Validation failed");
        problem.setType(URI.create("https://careloop.org/problems/validation"));
        problem.setProperty("errors", exception.fields().entrySet().stream()
                .map(entry -> new FieldProblem(entry.getKey(), entry.getValue())).toList());
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
        problem.setTitle("Changed by someone else");
        problem.setType(URI.create("https://careloop.org/problems/stale-version"));
        if (exception.currentVersion() != null) {
            problem.setProperty("currentVersion", exception.currentVersion());
        }
        return problem;
    }

    @ExceptionHandler(RefusedTransition.class)
    ProblemDetail refused(RefusedTransition exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
        problem.setTitle("Not allowed now");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your role does not allow this");
        problem.setTitle("Forbidden");
        return problem;
    }

    /**
     * What the database refused. Constraint violations (SQLSTATE class 23) conflict with stored data; data
     * exceptions (class 22) and values too large to index (54000) are bad input. Neither quotes the statement.
     */
    @ExceptionHandler(DataAccessException.class)
    ProblemDetail refusedByDatabase(DataAccessException exception, HttpServletRequest request) {
        String state = sqlState(exception);
        if (exception instanceof DataIntegrityViolationException || state.startsWith("23")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "This conflicts with data already stored (a duplicate, or a reference to something that does "
                            + "not exist or no longer may change); nothing was stored");
            problem.setTitle("Conflicts with stored data");
            return problem;
        }
        if (state.startsWith("22") || state.equals("54000")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "A value is too long or out of range; nothing was stored");
            problem.setTitle("Validation failed");
            problem.setType(URI.create("https://careloop.org/problems/validation"));
            return problem;
        }
        return unexpected(exception, request);
    }

    /** Anything else is our fault: a generic 500 whose incident id finds the full story in the server log. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception, HttpServletRequest request) {
        Incident incident = Incident.logged(exception, request.getMethod(), request.getRequestURI());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, incident.detail());
        problem.setTitle("Unexpected error");
        problem.setProperty("incident", incident.id());
        return problem;
    }

    private static String sqlState(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}
