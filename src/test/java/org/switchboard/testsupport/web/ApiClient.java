package org.switchboard.testsupport.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The partner API as a partner's own system calls it: the JDK's HTTP client, a bearer token (or
 * none), JSON back. No cookies, so nothing of a browser session helps it.
 */
public final class ApiClient {

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A client that sends {@code token} ({@code null}: no Authorization header). */
    public ApiClient(URL deployment, String token) {
        this.base = WebClient.loopback(deployment).resolve("api/v1/");
        this.token = token;
    }

    public record Answer(int status, HttpHeaders headers, String body) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** A file the API answered (a statement), as bytes, with the Accept header given ({@code null}: none). */
    public record Download(int status, HttpHeaders headers, byte[] body) {

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Download download(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET().timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("API request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), null);
    }

    /** POSTs a JSON body, with the Idempotency-Key when one is given. */
    public Answer post(String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request, null);
    }

    /** PUTs a JSON body. */
    public Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), null);
    }

    /** DELETEs. */
    public Answer delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), null);
    }

    /** A request with another method and header, for the protocol's own refusals. */
    public Answer send(String method, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        return send(request, authorization);
    }

    private Answer send(HttpRequest.Builder request, String authorization) {
        String header = authorization != null ? authorization : token == null ? null : "Bearer " + token;
        if (header != null) {
            request.header("Authorization", header);
        }
        request.header("Accept", "application/json").timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("API request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
