package org.careloop;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever goes wrong, the client reads words and an incident id; SQL, class names and stack traces stay in the log. */
class ApiProblemsTests {

    final ApiProblems problems = new ApiProblems();
    final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/patients");

    @Test
    void anUnexpectedFailureIsAGeneric500WithAnIncidentId() {
        ProblemDetail problem = problems.unexpected(
                new IllegalStateException("select * from patient where family_name = 'Okafor'"), request);

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("select", "IllegalState", "Okafor")
                .contains(String.valueOf(problem.getProperties().get("incident")));
        assertThat(String.valueOf(problem.getProperties().get("incident"))).matches("[0-9a-f]{12}");
    }

    @Test
    void aConstraintTheDatabaseEnforcedIsA409WithoutTheStatement() {
        ProblemDetail problem = problems.refusedByDatabase(new DataIntegrityViolationException(
                "PreparedStatementCallback; SQL [insert into patient (id, mrn) values (?, ?)]; duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")), request);

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.toString()).doesNotContainIgnoringCase("insert into").doesNotContain("PreparedStatement");
    }

    @Test
    void aValueTooLargeForTheDatabaseIsA400WithoutTheStatement() {
        ProblemDetail problem = problems.refusedByDatabase(new UncategorizedSQLException("insert",
                "insert into patient (family_name) values (?)",
                new SQLException("index row size 8000 exceeds btree version 4 maximum 2704", "54000")), request);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.toString()).doesNotContainIgnoringCase("insert into").doesNotContain("btree");
    }
}
