package org.careloop.worklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A cookie-keeping HTTP client signed in through the web form, posting forms with the page's CSRF token. */
public final class SignedInClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf;

    private SignedInClient(int port) {
        base = "http://localhost:" + port;
    }

    public static SignedInClient signIn(int port, String username, String password) {
        SignedInClient client = new SignedInClient(port);
        client.csrfFrom(client.get("/login", Map.of()).body());
        HttpResponse<String> signedIn = client.post("/login", Map.of("username", username, "password", password), Map.of());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(request::header);
        HttpResponse<String> response = send(request.GET());
        csrfFrom(response.body());
        return response;
    }

    public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + encode(csrf);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    private void csrfFrom(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
