package org.careloop.fhir.endpoint;

import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a failed FHIR request says: never SQL, class names or stack traces. */
class FailureOutcomesTests {

    final FailureOutcomes outcomes = new FailureOutcomes();

    @Test
    void aValueTheDatabaseRefusesIsUnprocessableWithoutTheStatement() {
        BaseServerResponseException answer = outcomes.clean(new SystemRequestDetails(), new IllegalStateException(
                new DataIntegrityViolationException("PreparedStatementCallback; SQL [insert into patient (family_name) "
                        + "values (?)]; ERROR: index row size 1048600 exceeds btree version 4 maximum 2704")));
        assertThat(answer.getStatusCode()).isEqualTo(422);
        assertThat(answer.getMessage()).doesNotContain("insert").doesNotContain("SQL").doesNotContain("btree")
                .contains("nothing was stored");
    }

    @Test
    void anythingUnexpectedIsAnIncidentWithoutDetails() {
        BaseServerResponseException answer = outcomes.clean(new SystemRequestDetails(),
                new NullPointerException("Cannot invoke \"org.careloop.patient.PatientRecord.id()\" because \"x\" is null"));
        assertThat(answer.getStatusCode()).isEqualTo(500);
        assertThat(answer.getMessage()).matches("CareLoop could not complete this request \\(incident [0-9a-f]{8}\\).*")
                .doesNotContain("org.careloop").doesNotContain("NullPointer");
    }

    @Test
    void aClientMistakeKeepsItsWordsButLosesClassNames() {
        BaseServerResponseException answer = outcomes.clean(new SystemRequestDetails(), new InvalidRequestException(
                "Failed to parse request body: com.fasterxml.jackson.core.JsonParseException: Unexpected character ('x')"));
        assertThat(answer.getStatusCode()).isEqualTo(400);
        assertThat(answer.getMessage()).isEqualTo("Failed to parse request body: Unexpected character ('x')");
    }

    @Test
    void aBodyThatIsNotJsonSaysWhereWithoutTheParsersInternals() {
        BaseServerResponseException answer = outcomes.clean(new SystemRequestDetails(), new InvalidRequestException(
                "HAPI-0450: Failed to parse request body as JSON resource. Error was: HAPI-1861: Failed to parse JSON "
                        + "encoded FHIR content: Unexpected character ('x' (code 120)): was expecting double-quote to "
                        + "start field name\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` "
                        + "disabled); line: 1, column: 3]"));
        assertThat(answer.getStatusCode()).isEqualTo(400);
        assertThat(answer.getMessage()).isEqualTo("The body is not valid JSON at line 1 column 3");
    }
}
