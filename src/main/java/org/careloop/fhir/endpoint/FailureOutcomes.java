package org.careloop.fhir.endpoint;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Every failure of a FHIR request leaves as a clean OperationOutcome: the client's own mistakes keep their
 * message (with any Java class name taken out); a value the database refuses is a 422 that says so in words;
 * anything else is a 500 with an incident number, and the details go to the log only. No OperationOutcome
 * carries SQL, class names or stack traces.
 */
@Interceptor
class FailureOutcomes {

    private static final Logger log = LoggerFactory.getLogger(FailureOutcomes.class);
    /** A qualified Java class name such as {@code org.postgresql.util.PSQLException}, with an optional colon. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*:?\\s*");
    /** HAPI's words for a body its JSON parser could not read, ending in where (with Jackson's feature names). */
    private static final Pattern UNREADABLE_JSON = Pattern.compile(
            "Failed to parse JSON.*line: (\\d+), column: (\\d+)", Pattern.DOTALL);

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException clean(RequestDetails request, Throwable thrown) {
        if (thrown instanceof BaseServerResponseException answer && answer.getStatusCode() < 500) {
            String message = answer.getMessage();
            Matcher json = UNREADABLE_JSON.matcher(message == null ? "" : message);
            if (json.find()) {
                return BaseServerResponseException.newInstance(answer.getStatusCode(),
                        "The body is not valid JSON at line " + json.group(1) + " column " + json.group(2));
            }
            if (message != null && CLASS_NAME.matcher(message).find() && answer.getOperationOutcome() == null) {
                return BaseServerResponseException.newInstance(answer.getStatusCode(), CLASS_NAME.matcher(message).replaceAll(""));
            }
            return answer;
        }
        if (causedBy(thrown, DataIntegrityViolationException.class)) {
            log.warn("FHIR {} {}: refused by the database", request.getRequestType(), request.getCompleteUrl(), thrown);
            return new UnprocessableEntityException("A value does not fit CareLoop's records (too long, out of range "
                    + "or a duplicate); nothing was stored");
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("FHIR {} {} failed: incident {}", request.getRequestType(), request.getCompleteUrl(), incident, thrown);
        return new InternalErrorException("CareLoop could not complete this request (incident " + incident
                + "); the details are in its log");
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
