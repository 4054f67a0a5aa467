package org.switchboard.portal.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.AccountRow;
import org.switchboard.account.boundary.PortalClients;
import org.switchboard.client.boundary.ActivityEntry;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.client.entity.Stage;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A client's details page in the portal: its facts, figures and activity — only within scope. */
@Stateless
public class ClientDetails {

    /** The figures of the details page. */
    public record Figures(long candidates, long hires, Map<YearMonth, Long> hiresByMonth) {
    }

    /** The client as the Accounts page lists it, with the details page's figures. */
    public record Details(AccountRow account, Figures figures) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClients clients;

    @Inject
    ActivityLog activity;

    @Inject
    Clock clock;

    /** The client's details; empty when it is not in the person's scope. */
    public Optional<Details> of(long portalId, long userId, long clientId) {
        return clients.find(portalId, userId, clientId).map(row -> new Details(row, figuresOf(clientId)));
    }

    private Figures figuresOf(long clientId) {
        long candidates = em.createQuery("select count(c) from Candidate c where c.clientId = :client", Long.class)
                .setParameter("client", clientId).getSingleResult();
        YearMonth thisMonth = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
        Instant since = thisMonth.minusMonths(11).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Instant> hiredAt = em.createQuery("select c.stageChangedAt from Candidate c where c.clientId = :client "
                        + "and c.stage = :hired and c.stageChangedAt >= :since", Instant.class)
                .setParameter("client", clientId)
                .setParameter("hired", Stage.HIRED)
                .setParameter("since", since)
                .getResultList();
        Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
        for (int back = 11; back >= 0; back--) {
            byMonth.put(thisMonth.minusMonths(back), 0L);
        }
        hiredAt.forEach(at -> byMonth.merge(YearMonth.from(at.atOffset(ZoneOffset.UTC)), 1L, Long::sum));
        long hires = em.createQuery("select count(c) from Candidate c where c.clientId = :client and c.stage = :hired",
                        Long.class)
                .setParameter("client", clientId).setParameter("hired", Stage.HIRED).getSingleResult();
        return new Figures(candidates, hires, byMonth);
    }

    public List<ActivityEntry> activity(long portalId, long userId, long clientId, int first, int max) {
        return clients.find(portalId, userId, clientId).map(row -> activity.latestOf(clientId, first, max)).orElse(List.of());
    }

    public long activityCount(long portalId, long userId, long clientId) {
        return clients.find(portalId, userId, clientId).map(row -> activity.countOf(clientId)).orElse(0L);
    }
}
