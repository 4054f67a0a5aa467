package org.switchboard.client.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.client.entity.ActivityEvent;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.platform.tenancy.ActingVisit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records what happens in client accounts, in the same transaction as the change itself, and
 * keeps the account's "last activity" current for the Accounts page. What a partner does during a
 * visit is recorded under both the partner and the person they act as, and names the visit.
 */
@Stateless
public class ActivityLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ActingVisit visit;

    @Inject
    Event<ClientActivity> announced;

    public void record(ClientAccount client, Long actorUserId, ActivityType type, String summary) {
        recordAt(client, actorUserId, type, summary, clock.instant());
    }

    /** Records an event that happened at the given time, keeping the account's last activity current. */
    public void recordAt(ClientAccount client, Long actorUserId, ActivityType type, String summary, Instant now) {
        ActivityEvent event = eventOf(client, actorUserId, type, summary, now);
        visit.current().filter(v -> v.isIn(client.getId()))
                .ifPresent(v -> event.duringVisit(v.realUserId(), v.effectiveUserId(), v.accessSessionId()));
        em.persist(event);
        announced.fire(new ClientActivity(client.getId(), client.getPortal() == null ? null : client.getPortal().getId(), type,
                summary, now));
        // Plain SQL, so that the account's @Version stays the person-edited state's alone.
        em.createNativeQuery("UPDATE client_account SET last_activity_at = ?1 WHERE id = ?2 AND last_activity_at < ?1")
                .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(2, client.getId())
                .executeUpdate();
    }

    /**
     * Records an event of the past without touching the account's last activity, for sample data
     * and imports that add hundreds of events at once: a statement per event would flush the whole
     * persistence context each time. Call {@link #catchUpLastActivity} when done.
     */
    public void recordPast(ClientAccount client, ActivityType type, String summary, Instant at) {
        em.persist(eventOf(client, null, type, summary, at));
    }

    /** Brings an account's last activity up to its newest recorded event. */
    public void catchUpLastActivity(long clientId) {
        em.createNativeQuery("UPDATE client_account SET last_activity_at = (SELECT MAX(e.occurred_at) FROM activity_event e "
                        + "WHERE e.client_id = client_account.id) WHERE id = ?1 AND EXISTS (SELECT 1 FROM activity_event e "
                        + "WHERE e.client_id = client_account.id AND (client_account.last_activity_at IS NULL "
                        + "OR e.occurred_at > client_account.last_activity_at))")
                .setParameter(1, clientId)
                .executeUpdate();
    }

    private static ActivityEvent eventOf(ClientAccount client, Long actorUserId, ActivityType type, String summary, Instant at) {
        Long portalId = client.getPortal() == null ? null : client.getPortal().getId();
        return new ActivityEvent(at, client.getId(), portalId, actorUserId, type, summary);
    }

    public List<ActivityEntry> latestOf(long clientId, int first, int max) {
        return em.createQuery("select new org.switchboard.client.boundary.ActivityEntry(e.id, e.occurredAt, u.firstName, "
                        + "u.lastName, a.firstName, a.lastName, e.summary) from ActivityEvent e "
                        + "left join User u on u.id = e.actorUserId left join User a on a.id = e.effectiveUserId where e.clientId = :client order by e.occurredAt desc, e.id desc", ActivityEntry.class)
                .setParameter("client", clientId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countOf(long clientId) {
        return em.createQuery("select count(e) from ActivityEvent e where e.clientId = :client", Long.class)
                .setParameter("client", clientId)
                .getSingleResult();
    }
}
