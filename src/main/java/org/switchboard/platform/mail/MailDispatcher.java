package org.switchboard.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Sends a message as soon as the transaction that wrote it has committed, off the request thread.
 * Should that not happen (a crash, a full queue), the outbox's schedule sends it within a minute.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    MailDelivery delivery;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        try {
            executor.execute(() -> delivery.deliver(queued.messageId()));
        } catch (RejectedExecutionException busy) {
            LOG.warning(() -> "Mail " + queued.messageId() + " left to the outbox schedule: " + busy.getMessage());
        }
    }
}
