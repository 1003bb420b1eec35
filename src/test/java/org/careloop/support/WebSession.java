package org.careloop.support;

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

/**
 * A person signed in through the web form, as the pages see them: keeps the session cookie and, like a browser,
 * the CSRF token of the last page it was shown (in a form field or in the {@code _csrf} meta tag htmx reads).
 */
public final class WebSession {

    /** The header htmx sends with its requests. */
    public static final Map<String, String> HTMX = Map.of("HX-Request", "true");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private String csrf;

    private WebSession(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** Someone who has not signed in. */
    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    public static WebSession signIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        session.get("/login");
        if (session.csrf == null) {
            throw new IllegalStateException("The sign-in form carries no CSRF token");
        }
        HttpResponse<String> signedIn = session.post("/login", Map.of("username", username, "password", password));
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + signedIn.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return get(path, Map.of("Accept", "text/html,*/*;q=0.8"));
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        headers.forEach(request::header);
        HttpResponse<String> response = send(request.GET(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** What htmx asks for when a tab is chosen. */
    public HttpResponse<String> htmx(String path) {
        return get(path, HTMX);
    }

    public HttpResponse<byte[]> bytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form with the CSRF token, as the page's form would. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form, Map.of());
    }

    public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
        return postForm(path, form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")), headers, true);
    }

    /** Posts an encoded form body, with or without the CSRF token. */
    public HttpResponse<String> postForm(String path, String encodedForm, Map<String, String> headers, boolean withCsrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedForm + (withCsrf ? "&_csrf=" + encode(csrf) : "")));
        headers.forEach(request::header);
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.build(), body);
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
