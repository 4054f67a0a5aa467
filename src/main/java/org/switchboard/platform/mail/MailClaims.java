package org.switchboard.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's bookkeeping, each step committed on its own: claiming a message before it is sent
 * (so two servers never send one twice), and recording how the attempt went.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailClaims {

    /** After this many failed attempts a message stays FAILED until an operator retries it. */
    public static final int MAX_ATTEMPTS = 6;
    /** How long a claim holds: longer than any SMTP conversation with its timeouts. */
    private static final Duration CLAIM = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The message, if it is due and nobody else holds it; it is then held for this server. */
    public Optional<MailMessage> claim(long id) {
        Instant now = clock.instant();
        int claimed = em.createQuery("update MailMessage m set m.claimedUntil = :until where m.id = :id "
                        + "and m.status = :pending and m.nextAttemptAt <= :now "
                        + "and (m.claimedUntil is null or m.claimedUntil < :now)")
                .setParameter("until", now.plus(CLAIM))
                .setParameter("id", id)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        return claimed == 1 ? Optional.ofNullable(em.find(MailMessage.class, id)) : Optional.empty();
    }

    public void sent(long id) {
        em.createQuery("update MailMessage m set m.status = :sent, m.sentAt = :now, m.claimedUntil = null, "
                        + "m.attempts = m.attempts + 1, m.lastError = null where m.id = :id")
                .setParameter("sent", MailStatus.SENT)
                .setParameter("now", clock.instant())
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Counts a failed attempt: tried again later (1, 2, 4, 8, 16 minutes), or FAILED after the last. */
    public void failed(long id, String error) {
        MailMessage message = em.find(MailMessage.class, id);
        int attempts = message.getAttempts() + 1;
        MailStatus status = attempts >= MAX_ATTEMPTS ? MailStatus.FAILED : MailStatus.PENDING;
        em.createQuery("update MailMessage m set m.status = :status, m.attempts = :attempts, m.lastError = :error, "
                        + "m.nextAttemptAt = :next, m.claimedUntil = null where m.id = :id")
                .setParameter("status", status)
                .setParameter("attempts", attempts)
                .setParameter("error", error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error)
                .setParameter("next", clock.instant().plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 10))))
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Messages due to be sent (new ones whose first send did not happen, and retries). */
    public List<Long> due(int max) {
        Instant now = clock.instant();
        return em.createQuery("select m.id from MailMessage m where m.status = :pending and m.nextAttemptAt <= :now "
                        + "and (m.claimedUntil is null or m.claimedUntil < :now) order by m.nextAttemptAt", Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** An operator's "try again": the message is due now, with a fresh set of attempts. */
    public void retry(long id) {
        em.createQuery("update MailMessage m set m.status = :pending, m.attempts = 0, m.nextAttemptAt = :now "
                        + "where m.id = :id and m.status <> :sent")
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", clock.instant())
                .setParameter("id", id)
                .setParameter("sent", MailStatus.SENT)
                .executeUpdate();
    }
}
