package org.switchboard.portal.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.switchboard.identity.entity.ClientRole;
import org.switchboard.identity.entity.ClientScope;
import org.switchboard.portal.control.AccountSearch;

import java.util.List;
import java.util.Optional;

/**
 * A portal's client accounts as one of its people may see them: paged, searched, filtered and
 * sorted in the database. Every request costs a constant number of statements — the membership,
 * the page, the count — whatever the page size or the number of clients.
 */
@Stateless
public class PortalClients {

    private static final String ROW = "select new org.switchboard.portal.boundary.AccountRow(c.id, c.name, c.planCode, "
            + "c.status, c.seats, c.usersCount, c.openJobsCount, c.recentCandidatesCount, c.lastActivityAt, c.createdAt, "
            + "c.allowPartnerLogin, c.trialEndsAt) from ClientAccount c where ";

    @PersistenceContext
    EntityManager em;

    /** The person's reach into the portal; empty when they are not an active member of it. */
    public Optional<PortalScope> scopeOf(long portalId, long userId) {
        return em.createQuery("select m.id, m.clientScope from PortalMembership m where m.portal.id = :portal "
                        + "and m.user.id = :user and m.active = true and m.user.active = true", Object[].class)
                .setParameter("portal", portalId)
                .setParameter("user", userId)
                .getResultStream()
                .findFirst()
                .map(row -> new PortalScope(portalId, (Long) row[0], (ClientScope) row[1]));
    }

    public List<AccountRow> page(long portalId, long userId, AccountSearch search, int first, int max) {
        Optional<PortalScope> scope = scopeOf(portalId, userId);
        if (scope.isEmpty()) {
            return List.of();
        }
        String direction = search.ascending() ? " asc" : " desc";
        TypedQuery<AccountRow> query = em.createQuery(ROW + where(scope.get(), search)
                + " order by c." + search.sort().attribute() + direction + ", c.id" + direction, AccountRow.class);
        bind(query, scope.get(), search);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    public long count(long portalId, long userId, AccountSearch search) {
        Optional<PortalScope> scope = scopeOf(portalId, userId);
        if (scope.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery("select count(c) from ClientAccount c where " + where(scope.get(), search),
                Long.class);
        bind(query, scope.get(), search);
        return query.getSingleResult();
    }

    /** One client, only if it is in the person's scope; anything else is empty, never another tenant's row. */
    public Optional<AccountRow> find(long portalId, long userId, long clientId) {
        return scopeOf(portalId, userId).flatMap(scope -> {
            TypedQuery<AccountRow> query = em.createQuery(ROW + scope.condition("c.id") + " and c.id = :client",
                    AccountRow.class);
            scope.bind(query);
            return query.setParameter("client", clientId).getResultStream().findFirst();
        });
    }

    /** The plans the portal's clients are on, for the filter. */
    public List<String> plansOf(long portalId) {
        return em.createQuery("select distinct c.planCode from ClientAccount c where c.portal.id = :portal "
                        + "order by c.planCode", String.class)
                .setParameter("portal", portalId)
                .getResultList();
    }

    private static String where(PortalScope scope, AccountSearch search) {
        StringBuilder where = new StringBuilder(scope.condition("c.id"));
        if (search.status() != null) {
            where.append(" and c.status = :status");
        }
        if (search.plan() != null) {
            where.append(" and c.planCode = :plan");
        }
        if (search.text() != null) {
            // No ESCAPE clause: backslash is already the LIKE escape of PostgreSQL and H2, and naming it
            // makes EclipseLink stop binding parameters. An IN over the (few) clients whose admin's e-mail starts so lets the database hash them
            // once, instead of probing memberships row by row.
            where.append(" and (c.nameKey like :contains or c.id in (select m.clientId from ClientMembership m "
                    + "join m.user u where m.role = :admin and m.active = :active and u.email like :prefix))");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, PortalScope scope, AccountSearch search) {
        scope.bind(query);
        if (search.status() != null) {
            query.setParameter("status", search.status());
        }
        if (search.plan() != null) {
            query.setParameter("plan", search.plan());
        }
        if (search.text() != null) {
            query.setParameter("contains", search.containsPattern());
            query.setParameter("prefix", search.prefixPattern());
            query.setParameter("admin", ClientRole.CLIENT_ADMIN);
            query.setParameter("active", true);
        }
    }
}
