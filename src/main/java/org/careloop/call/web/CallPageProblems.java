package org.careloop.call.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.NotFound;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A patient, plan or instrument the caller may not see is answered 404, as the API does, not as a server error. */
@ControllerAdvice(assignableTypes = {CallPage.class, CallRecord.class, CallAssessments.class})
class CallPageProblems {

    @ExceptionHandler(NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
