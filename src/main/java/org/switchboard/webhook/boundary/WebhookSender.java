package org.switchboard.webhook.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.switchboard.webhook.control.EndpointAddress;
import org.switchboard.webhook.control.WebhookSignature;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends deliveries: right after the transaction that wrote them commits, and every ten seconds
 * whatever is due (retries, and first sends that did not happen). Each is signed as Standard
 * Webhooks describes; no transaction is held open while the receiver answers. Redirects are not
 * followed: they could lead past the address check.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int DUE_BATCH = 200;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    DeliveryClaims claims;

    @Inject
    WebhookSettings settings;

    public void deliver(long id) {
        Optional<DeliveryClaims.Claimed> found = claims.claim(id);
        if (found.isEmpty()) {
            return;
        }
        DeliveryClaims.Claimed delivery = found.get();
        long started = System.nanoTime();
        try {
            URI address = settings.addresses().check(delivery.url());
            long timestamp = delivery.at().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(address)
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Switchboard-Webhooks/1")
                    .header("webhook-id", delivery.messageId())
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature", WebhookSignature.header(delivery.secrets(), delivery.messageId(), timestamp,
                            delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                    .build();
            HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                claims.delivered(id, status, elapsed(started));
            } else {
                LOG.info(() -> "Webhook delivery " + id + " (" + delivery.eventType() + ") to " + delivery.url()
                        + " answered " + status + "; it will be tried again");
                claims.failed(id, status, "The receiver answered HTTP " + status, elapsed(started));
            }
        } catch (EndpointAddress.Unusable refused) {
            LOG.warning(() -> "Webhook delivery " + id + " not sent to " + delivery.url() + ": " + refused.getMessage());
            claims.failed(id, null, refused.getMessage(), elapsed(started));
        } catch (IOException | RuntimeException failed) {
            LOG.log(Level.INFO, "Webhook delivery " + id + " (" + delivery.eventType() + ") to " + delivery.url()
                    + " failed; it will be tried again: " + failed);
            claims.failed(id, null, describe(failed), elapsed(started));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            claims.failed(id, null, "Sending was interrupted (the server stopped)", elapsed(started));
        }
    }

    /**
     * Sends what is due, a batch at a time, for up to eight seconds: a backlog (a receiver back after
     * an outage) drains at the receivers' pace rather than 200 deliveries per run.
     */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "Send due webhook deliveries")
    public void sendDue() {
        long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        List<Long> due;
        do {
            due = claims.due(DUE_BATCH);
            due.forEach(this::deliver);
        } while (due.size() == DUE_BATCH && System.nanoTime() < until);
    }

    private static String describe(Exception failed) {
        String message = failed.getMessage();
        return failed instanceof java.net.http.HttpTimeoutException ? "No answer within " + TIMEOUT.toSeconds() + " seconds"
                : failed instanceof java.net.ConnectException ? "Could not connect" + (message == null ? "" : ": " + message)
                : failed.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static int elapsed(long startedNanos) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - startedNanos) / 1_000_000);
    }
}
