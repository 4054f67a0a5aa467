package org.switchboard.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * The one way the application sends e-mail: the message joins the caller's transaction in the
 * outbox and goes out once that transaction has committed. A change that rolls back sends nothing.
 */
@Stateless
public class Mailer {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    public long send(String kind, String recipient, String subject, String body) {
        MailMessage message = new MailMessage(kind, recipient, subject, body, clock.instant());
        em.persist(message);
        em.flush();
        queued.fire(new MailQueued(message.getId()));
        return message.getId();
    }
}
