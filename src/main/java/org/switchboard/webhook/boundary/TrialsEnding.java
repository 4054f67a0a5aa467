package org.switchboard.webhook.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.webhook.entity.WebhookEventType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Announces {@code trial.ending} once per trial, when it has three days or less to run: a schedule
 * looks every quarter of an hour, and the delivery's key (client and end) keeps a second look, or
 * a second server, from announcing it again. A trial that is extended is announced anew.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrialsEnding {

    private static final Logger LOG = Logger.getLogger(TrialsEnding.class.getName());
    public static final Duration NOTICE = Duration.ofDays(3);

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookOutbox outbox;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*/15", persistent = false, info = "Announce trials ending within three days")
    public void announceDue() {
        Instant now = clock.instant();
        List<ClientAccount> ending = em.createQuery("select c from ClientAccount c where c.status = :trial "
                        + "and c.trialEndsAt > :now and c.trialEndsAt <= :until and c.portal.id in (select e.portalId "
                        + "from WebhookEndpoint e where e.enabled = true) order by c.trialEndsAt, c.id", ClientAccount.class)
                .setParameter("trial", ClientStatus.TRIAL)
                .setParameter("now", now)
                .setParameter("until", now.plus(NOTICE))
                .setMaxResults(5_000)
                .getResultList();
        int announced = 0;
        for (ClientAccount client : ending) {
            try {
                announced += outbox.announceOnce(client.getPortal().getId(), WebhookEventType.TRIAL_ENDING,
                        () -> Json.createObjectBuilder()
                                .add("client", WebhookPayloads.client(client))
                                .add("trialEndsAt", client.getTrialEndsAt().toString())
                                .add("daysLeft", Math.max(0, Duration.between(now, client.getTrialEndsAt()).toDays()))
                                .build(),
                        "trial.ending:" + client.getId() + ":" + client.getTrialEndsAt().getEpochSecond());
            } catch (PersistenceException | jakarta.ejb.EJBException raced) {
                LOG.fine(() -> "trial.ending of client " + client.getId() + " announced by another server");
            }
        }
        if (announced > 0) {
            int count = announced;
            LOG.info(() -> count + " trial.ending deliveries written");
        }
    }
}
