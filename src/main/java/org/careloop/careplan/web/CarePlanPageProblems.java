package org.careloop.careplan.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.NotFound;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A plan or patient the caller may not see is answered 404, as the API does, not as a server error. */
@ControllerAdvice(assignableTypes = {CarePlanPage.class, CarePlanActions.class})
class CarePlanPageProblems {

    @ExceptionHandler(NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
