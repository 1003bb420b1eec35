package org.careloop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny HTTP client for tests that call the running application as a given demo user:
 * {@code api.as("cm.rivera").get("/api/patients")}.
 */
public final class Api {

    public static final String DEMO_PASSWORD = "careloop-demo";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String baseUrl;
    private final String authorization;
    private final String forwardedFor;

    private Api(String baseUrl, String authorization) {
        this(baseUrl, authorization, null);
    }

    private Api(String baseUrl, String authorization, String forwardedFor) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
    }

    public static Api at(int port) {
        return new Api("http://localhost:" + port, null);
    }

    /** The same caller seen through a reverse proxy that says the request came from {@code clientAddress}. */
    public Api from(String clientAddress) {
        return new Api(baseUrl, authorization, clientAddress);
    }

    public Api as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    public Api as(String username, String password) {
        return new Api(baseUrl, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), forwardedFor);
    }

    public Api withToken(String token) {
        return new Api(baseUrl, "Bearer " + token, forwardedFor);
    }

    public Api anonymous() {
        return new Api(baseUrl, null);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response postJson(String path, Object body) {
        return post(path, "application/json", json(body));
    }

    public Response putJson(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json(body))));
    }

    public Response patchJson(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(json(body))));
    }

    private static byte[] json(Object body) {
        return body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json, application/fhir+json;q=0.9, */*;q=0.1");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Response(int status, byte[] body, String contentType, String location,
                           java.net.http.HttpHeaders headers) {

        public java.util.Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
