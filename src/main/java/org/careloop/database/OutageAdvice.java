package org.careloop.database;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A page or API call that finds the database gone answers 503 at once, not 500 and not after 30 seconds. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutageAdvice {

    private final OutageResponse outage;

    OutageAdvice(OutageResponse outage) {
        this.outage = outage;
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    void databaseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        outage.write(request, response);
    }
}
