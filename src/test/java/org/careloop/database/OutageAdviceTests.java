package org.careloop.database;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * PostgreSQL stops while a patient is being registered: the insert fails on the terminated connection, then the
 * rollback fails on the closed one, and Spring reports the rollback. The reliability suite saw that answered 500;
 * it is an outage like any other, 503 with Retry-After.
 */
class OutageAdviceTests {

    @RestController
    static class Registration {
        @PostMapping("/api/patients")
        void register() {
            TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                    new SQLException("This connection has been closed.", "08003"));
            rollbackFailed.initApplicationException(new DataAccessResourceFailureException("insert into patient",
                    new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
            throw rollbackFailed;
        }
    }

    @Test
    void aRollbackThatFailsBecauseTheConnectionDiedIsAnOutage() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Registration())
                .setControllerAdvice(new OutageAdvice(new OutageResponse(new StaticMessageSource()))).build();

        mvc.perform(post("/api/patients"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(jsonPath("$.type").value("https://careloop.org/problems/database-unavailable"));
    }
}
