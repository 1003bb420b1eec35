package org.careloop.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in through the web form, as a person in a browser would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSessionTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signingInStoresTheSessionInTheDatabaseWithAThirtyMinuteIdleTimeout() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> signedIn = browser.signIn("cm.rivera", "careloop-demo");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/worklist");
        assertThat(browser.get("/worklist").body()).contains("Maria Rivera");
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = 'cm.rivera'")
                .query(Integer.class).list()).contains(30 * 60);
    }

    @Test
    void theSignInPageExplainsTheWaitAfterFiveWrongPasswords() throws Exception {
        Browser browser = new Browser();
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(browser.signIn("form.locked", "wrong").headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        assertThat(browser.signIn("form.locked", "wrong").headers().firstValue("Location").orElseThrow()).contains("/login?wait=");
        HttpResponse<String> waiting = browser.signIn("form.locked", "right-password");
        String location = waiting.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/login\\?wait=\\d+");
        assertThat(waiting.headers().firstValue("Retry-After")).isPresent();
        assertThat(browser.get(location.substring(location.indexOf("/login"))).body())
                .contains("Try again in", "seconds", "ask an administrator to unlock");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'form.locked'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void wrongPasswordsForAnAccountLeaveItsOpenSessionsWorking() throws Exception {
        Browser signedIn = new Browser();
        signedIn.signIn("form.session", "right-password");
        Browser guesser = new Browser();
        for (int attempt = 0; attempt < 7; attempt++) {
            guesser.signIn("form.session", "guess-" + attempt);
        }
        assertThat(guesser.signIn("form.session", "guess-again").headers().firstValue("Location").orElseThrow())
                .contains("/login?wait=");
        assertThat(signedIn.get("/").statusCode()).isEqualTo(302);
        assertThat(signedIn.get("/").headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
    }

    @Autowired
    Staff staff;

    @Autowired
    Practices practices;

    /** A cookie-keeping client that fills in the CSRF token like a browser submitting the form. */
    class Browser {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            if (username.startsWith("form.") && staff.findByUsername(username).isEmpty()) {
                staff.hire(username, username, "right-password", null, null, java.util.List.of(Role.NURSE),
                        java.util.Set.of(practices.findByName("Riverside Family Medicine").orElseThrow().id()));
            }
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
            assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
