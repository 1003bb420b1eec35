package org.careloop.database;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
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

    /**
     * A write whose connection is cut mid-transaction fails twice: the statement, then the rollback on the dead
     * connection, and Spring reports the second. Lost connection either way: 503, like any other outage.
     */
    @ExceptionHandler(TransactionSystemException.class)
    void transactionLost(TransactionSystemException failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!DatabaseOutage.isCause(failure) && !DatabaseOutage.isCause(failure.getApplicationException())) {
            throw failure;
        }
        outage.write(request, response);
    }
}
