package org.careloop.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.careloop.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages and API answers carry headers that keep a browser from running script CareLoop did not serve as a file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void pagesForbidInlineScriptAndLimitReferrerAndBrowserFeatures() {
        for (Api.Response response : List.of(Api.at(port).get("/login"), Api.at(port).as("cm.rivera").get("/api/worklist"))) {
            String policy = response.header("Content-Security-Policy").orElseThrow();
            assertThat(policy).contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.header("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(response.header("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
            assertThat(response.header("X-Powered-By")).isEmpty();
        }
    }

    @Test
    void theSessionCookieIsSecureBehindAnHttpsProxyAndHttpOnly() throws IOException, InterruptedException {
        HttpResponse<String> behindProxy = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = behindProxy.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void noTemplateHasInlineScriptOrEventHandlerAttributes() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\s(on[a-z]+|hx-on[:a-z-]*)\\s*=", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> offenders = templates.filter(path -> path.toString().endsWith(".html")).flatMap(path -> {
                try {
                    return inline.matcher(Files.readString(path)).results().map(match -> path + ": " + match.group());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
    }
}
