package org.switchboard.testsupport.web;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

/**
 * A partner's webhook receiver on loopback, as small as one can be: it keeps what it is sent and
 * answers the statuses it is told to (204 once they run out). It checks signatures the way the
 * Standard Webhooks specification tells receivers to, written from the specification and
 * independent of the application's own signing code.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String id, String timestamp, String signature, String contentType, String body, Instant at) {
    }

    private final HttpServer server;
    private final List<Received> received = java.util.Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException failed) {
            throw new AssertionError("Could not listen on loopback", failed);
        }
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                var headers = exchange.getRequestHeaders();
                received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"), headers.getFirst("Content-Type"), body, Instant.now()));
            }
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 204 : status, -1);
            exchange.close();
        });
        server.setExecutor(threads);
        server.start();
    }

    /** The address to register, e.g. http://127.0.0.1:40123/hooks/name. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** The next requests are answered with these statuses, in order. */
    public void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    public List<Received> received() {
        synchronized (received) {
            return new ArrayList<>(received);
        }
    }

    /** How many requests arrived. */
    public int count() {
        return received.size();
    }

    /** Waits (up to {@code within}) until this many requests match, and answers those. */
    public List<Received> await(int count, Predicate<Received> matching, Duration within) {
        long until = System.nanoTime() + within.toNanos();
        while (true) {
            List<Received> found = received().stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("Expected " + count + " matching deliveries within " + within + ", got "
                        + found.size() + " of " + received);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                throw new AssertionError(stop);
            }
        }
    }

    public static Predicate<Received> ofType(String type) {
        return request -> request.body().contains("\"type\":\"" + type + "\"");
    }

    /**
     * A receiver's check: the timestamp within five minutes, and one of the space-separated
     * {@code v1,} signatures the HMAC-SHA256 of {@code id.timestamp.body} under the secret's bytes.
     */
    public static boolean verifies(Received request, String secret) {
        long timestamp = Long.parseLong(request.timestamp());
        if (Math.abs(Instant.now().getEpochSecond() - timestamp) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((request.id() + "." + request.timestamp() + "." + request.body())
                    .getBytes(StandardCharsets.UTF_8));
            for (String signature : request.signature().split(" ")) {
                String[] parts = signature.split(",", 2);
                if (parts.length == 2 && parts[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                    return true;
                }
            }
            return false;
        } catch (Exception broken) {
            throw new AssertionError(broken);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** For messages: the headers of each request. */
    @Override
    public String toString() {
        return received().stream().map(r -> Map.of("id", String.valueOf(r.id()), "body", r.body()).toString()).toList().toString();
    }
}
