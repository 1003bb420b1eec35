package org.careloop.billing;

import org.careloop.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BillingEvaluationApiTests {

    @Value("${local.server.port}")
    int port;

    static final String ISSUE_EXAMPLE = """
            {"month": "2026-10", "patient": {"chronicConditionCount": 3, "qmb": false},
             "enrollments": [{"program": "CCM", "complex": false, "consentDate": "2026-09-15", "carePlanDate": "2026-09-20",
                              "billingPractitioner": "1234567890"}],
             "timeEntries": [{"date": "2026-10-03", "minutes": 15, "performer": "CLINICAL_STAFF", "program": "CCM"},
                             {"date": "2026-10-17", "minutes": 19, "performer": "CLINICAL_STAFF", "program": "CCM"}],
             "deviceReadingDays": 0,
             "otherServices": [{"code": "99495", "date": "2026-10-12", "billingPractitioner": "1234567890"}]}""";

    @Test
    void evaluatesTheIssueExampleWithExplanations() {
        Api.Response response = Api.at(port).as("biller").postJson("/api/billing/evaluate", ISSUE_EXAMPLE);
        assertThat(response.status()).isEqualTo(200);
        var line = response.json().get("lines").get(0);
        assertThat(line.get("code").asString()).isEqualTo("99490");
        assertThat(line.get("units").asInt()).isEqualTo(1);
        assertThat(line.get("program").asString()).isEqualTo("CCM");
        assertThat(line.get("explanation").asString()).isEqualTo("34 min of clinical staff time: 99490; 6 min short of 99439");
        assertThat(response.json().get("notBillable").size()).isZero();
    }

    @Test
    void badMinutesAreNamedByField() {
        Api.Response response = Api.at(port).as("biller").postJson("/api/billing/evaluate",
                ISSUE_EXAMPLE.replace("\"minutes\": 19", "\"minutes\": -5"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("timeEntries[1].minutes");
    }

    @Test
    void anUnknownProgramIsNamedByField() {
        Api.Response response = Api.at(port).as("biller").postJson("/api/billing/evaluate",
                ISSUE_EXAMPLE.replace("\"program\": \"CCM\"}]", "\"program\": \"XYZ\"}]"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("timeEntries[1].program");
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        Api.Response response = Api.at(port).as("biller").postJson("/api/billing/evaluate", """
                {"month": "2026-10", "patient": {"chronicConditionCount": 2},
                 "enrollments": [{"program": "CCM", "consentDate": "2026-09-15", "carePlanDate": "2026-09-20", "billingPractitioner": "1234567890"}],
                 "timeEntries": [{"date": "2026-10-03", "minutes": 41, "performer": "CLINICAL_STAFF", "program": "CCM"}]}""");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("lines").size()).isEqualTo(2);
    }
}
