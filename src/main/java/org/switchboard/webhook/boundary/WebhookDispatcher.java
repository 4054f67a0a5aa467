package org.switchboard.webhook.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Sends deliveries as soon as the transaction that wrote them has committed, off the request
 * thread, one task each so that a slow receiver holds up no other. Should that not happen (a
 * crash, a full queue), the sender's schedule sends them within ten seconds.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    WebhookSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued queued) {
        for (long id : queued.deliveryIds()) {
            try {
                executor.execute(() -> sender.deliver(id));
            } catch (RejectedExecutionException busy) {
                LOG.fine(() -> "Webhook delivery " + id + " left to the schedule: " + busy.getMessage());
            }
        }
    }
}
