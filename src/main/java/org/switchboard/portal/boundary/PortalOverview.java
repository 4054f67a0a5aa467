package org.switchboard.portal.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.switchboard.account.boundary.AccountRow;
import org.switchboard.account.boundary.PortalClients;
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.client.entity.JobStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Welcome page's snapshot across a portal's clients, always within the person's scope: counts
 * by status, open jobs, activity and trials about to end. Lists page in the database.
 */
@Stateless
public class PortalOverview {

    public static final Duration TRIALS_ENDING_WITHIN = Duration.ofDays(14);
    public static final int FEED_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClients clients;

    @Inject
    Clock clock;

    /** Empty when the person is not an active member of the portal. */
    public Optional<PortalSnapshot> snapshot(long portalId, long userId) {
        return clients.scopeOf(portalId, userId).map(scope -> {
            TypedQuery<Object[]> query = em.createQuery("select c.status, count(c) from ClientAccount c where "
                    + scope.condition("c") + " group by c.status", Object[].class);
            scope.bind(query);
            Map<ClientStatus, Long> byStatus = new EnumMap<>(ClientStatus.class);
            query.getResultList().forEach(row -> byStatus.put((ClientStatus) row[0], (Long) row[1]));
            Portal portal = em.find(Portal.class, portalId);
            return new PortalSnapshot(portal.getId(), portal.getName(), portal.getKind(), portal.getVerification(),
                    scope.scope() == ClientScope.ALL, byStatus);
        });
    }

    public List<OpenJobRow> openJobs(long portalId, long userId, int first, int max) {
        return clients.scopeOf(portalId, userId).map(scope -> {
            TypedQuery<OpenJobRow> query = em.createQuery("select new org.switchboard.portal.boundary.OpenJobRow(j.id, "
                    + "j.title, c.id, c.name, j.openedAt, j.candidatesCount) from Job j join j.client c "
                    + "where j.portalId = :portal and j.status = :open and " + scope.condition("c")
                    + " order by j.openedAt desc, j.id desc", OpenJobRow.class);
            scope.bind(query);
            return query.setParameter("open", JobStatus.OPEN).setFirstResult(first).setMaxResults(max).getResultList();
        }).orElse(List.of());
    }

    /** Summed from the clients' maintained figures: no count over a million jobs. */
    public long openJobCount(long portalId, long userId) {
        return clients.scopeOf(portalId, userId).map(scope -> {
            TypedQuery<Long> query = em.createQuery("select coalesce(sum(c.openJobsCount), 0) from ClientAccount c where "
                    + scope.condition("c"), Long.class);
            scope.bind(query);
            return ((Number) query.getSingleResult()).longValue();
        }).orElse(0L);
    }

    /**
     * How many events the feed pages through: the latest {@value #FEED_LIMIT} at most. Counting a
     * large portal's millions of events for a paginator would cost more than the page itself.
     */
    public long activityCount(long portalId, long userId) {
        return clients.scopeOf(portalId, userId).map(scope -> {
            TypedQuery<Long> query = em.createQuery("select e.id from ActivityEvent e join ClientAccount c on "
                    + "c.id = e.clientId where e.portalId = :portal and " + scope.condition("c")
                    + " order by e.occurredAt desc, e.id desc", Long.class);
            scope.bind(query);
            return (long) query.setMaxResults(FEED_LIMIT).getResultList().size();
        }).orElse(0L);
    }

    /** The latest events across the clients in scope, newest first, within the feed's limit. */
    public List<ActivityRow> activity(long portalId, long userId, int first, int max) {
        int within = Math.max(0, Math.min(max, FEED_LIMIT - first));
        if (within == 0) {
            return List.of();
        }
        return clients.scopeOf(portalId, userId).map(scope -> {
            TypedQuery<ActivityRow> query = em.createQuery("select new org.switchboard.portal.boundary.ActivityRow(e.id, "
                    + "e.occurredAt, c.id, c.name, u.firstName, u.lastName, a.firstName, a.lastName, e.summary) "
                    + "from ActivityEvent e join ClientAccount c on c.id = e.clientId "
                    + "left join User u on u.id = e.actorUserId left join User a on a.id = e.effectiveUserId "
                    + "where e.portalId = :portal and " + scope.condition("c")
                    + " order by e.occurredAt desc, e.id desc", ActivityRow.class);
            scope.bind(query);
            return query.setFirstResult(first).setMaxResults(within).getResultList();
        }).orElse(List.of());
    }

    /** Trials of the portal's clients that end within the next 14 days, soonest first. */
    public List<AccountRow> trialsEndingSoon(long portalId, long userId, int max) {
        Instant now = clock.instant();
        return clients.scopeOf(portalId, userId).map(scope -> {
            TypedQuery<AccountRow> query = em.createQuery("select new org.switchboard.account.boundary.AccountRow(c.id, "
                    + "c.name, c.planCode, c.status, c.seats, c.usersCount, c.openJobsCount, c.recentCandidatesCount, "
                    + "c.lastActivityAt, c.createdAt, c.allowPartnerLogin, c.trialEndsAt) from ClientAccount c where "
                    + scope.condition("c") + " and c.status = :trial and c.trialEndsAt >= :now and c.trialEndsAt < :until "
                    + "order by c.trialEndsAt, c.id", AccountRow.class);
            scope.bind(query);
            return query.setParameter("trial", ClientStatus.TRIAL)
                    .setParameter("now", now)
                    .setParameter("until", now.plus(TRIALS_ENDING_WITHIN))
                    .setMaxResults(max)
                    .getResultList();
        }).orElse(List.of());
    }
}
