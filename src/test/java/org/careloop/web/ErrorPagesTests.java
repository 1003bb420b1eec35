package org.careloop.web;

import java.net.http.HttpResponse;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** Refused, missing and failed pages are CareLoop's own, with the header and the way back; never Spring's Whitelabel page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.Failing.class)
class ErrorPagesTests {

    /** A page that fails, standing for any bug. */
    @Controller
    static class Failing {
        @GetMapping("/test/failing-page")
        String fail() {
            throw new IllegalStateException("select * from secret_table");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    WebSession careManager;

    @BeforeEach
    void signIn() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Errors");
        careManager = team.signIn(team.careManagerUsername());
    }

    @Test
    void theBillingMonthRefusedToACareManagerIsTheBranded403() {
        HttpResponse<String> refused = careManager.get("/billing");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("class=\"app-header\"").contains("/css/careloop.css")
                .contains("Your role does not allow this page").contains("Error 403").doesNotContain("Whitelabel");
    }

    @Test
    void anUnknownAddressIsTheBranded404() {
        HttpResponse<String> missing = careManager.get("/no/such/page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("class=\"app-header\"").contains("Nothing to show here")
                .doesNotContain("Whitelabel");
    }

    @Test
    void beforeSignInTheNotFoundPageStillLooksLikeCareLoop() {
        HttpResponse<String> missing = WebSession.anonymous(port).get("/error");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).startsWith("<!DOCTYPE html>").contains("/css/careloop.css")
                .contains("class=\"app-header\"").contains("Nothing to show here");
    }

    @Test
    void aFailingPageIsTheBranded500WithAnIncidentIdAndNoDetails() {
        HttpResponse<String> failed = careManager.get("/test/failing-page");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("class=\"app-header\"").contains("Something went wrong on our side")
                .contains("Incident id").doesNotContain("secret_table").doesNotContain("Whitelabel");
    }
}
