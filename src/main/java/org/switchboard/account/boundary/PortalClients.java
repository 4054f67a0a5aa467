package org.switchboard.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.switchboard.account.control.AccountSearch;
import org.switchboard.account.control.AccountSort;
import org.switchboard.account.control.AfterRow;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.ClientStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A portal's client accounts as one of its people may see them: paged, searched, filtered and
 * sorted in the database. A request costs a fixed number of statements whatever the page size or
 * the number of clients: the membership, the page's ids, its rows and the count (and, for a
 * search, the clients whose admin's e-mail matches).
 */
@Stateless
public class PortalClients {

    /** At most this many clients are found through their admin's e-mail; the search text narrows it. */
    static final int MAX_ADMIN_MATCHES = 1_000;

    private static final String ROW = "select new org.switchboard.account.boundary.AccountRow(c.id, c.name, c.planCode, "
            + "c.status, c.seats, c.usersCount, c.openJobsCount, c.recentCandidatesCount, c.lastActivityAt, c.createdAt, "
            + "c.allowPartnerLogin, c.trialEndsAt) from ClientAccount c where ";

    @PersistenceContext
    EntityManager em;

    /** How many clients a name picker offers at once; typing more narrows them. */
    public static final int PICKER_MATCHES = 20;

    /**
     * The portal's clients whose name starts with the text, by name, for the client pickers of
     * Setup and Earnings; demo accounts only when asked for. The caller checks that the asker may
     * see the portal's clients: this answers for the portal, not for a person.
     */
    public List<ClientChoice> named(long portalId, String text, boolean withDemo) {
        String prefix = text == null ? "" : ClientAccount.keyOf(text.strip());
        if (prefix.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new org.switchboard.account.boundary.ClientChoice(c.id, c.name) from ClientAccount c "
                        + "where c.portal.id = :portal and c.nameKey >= :from and c.nameKey < :to "
                        + (withDemo ? "" : "and c.demo = false ")
                        + "order by c.nameKey, c.id", ClientChoice.class)
                .setParameter("portal", portalId)
                .setParameter("from", prefix)
                .setParameter("to", prefix + Character.MAX_VALUE)
                .setMaxResults(PICKER_MATCHES)
                .getResultList();
    }

    /** The person's reach into the portal; empty when they are not an active member of it. */
    public Optional<PortalScope> scopeOf(long portalId, long userId) {
        return em.createQuery("select m.id, m.clientScope, m.portal.demoClientId from PortalMembership m where m.portal.id = :portal "
                        + "and m.user.id = :user and m.active = true and m.user.active = true", Object[].class)
                .setParameter("portal", portalId)
                .setParameter("user", userId)
                .getResultStream()
                .findFirst()
                .map(row -> new PortalScope(portalId, (Long) row[0], (ClientScope) row[1], (Long) row[2]));
    }

    public List<AccountRow> page(long portalId, long userId, AccountSearch search, int first, int max) {
        return resolve(portalId, userId, search).map(criteria -> page(criteria, first, max)).orElse(List.of());
    }

    public long count(long portalId, long userId, AccountSearch search) {
        return resolve(portalId, userId, search).map(this::count).orElse(0L);
    }

    /**
     * Checks the person's scope and prepares a search once, for a table that asks for the count and
     * then the page in the same request. Empty when the person is not a member of the portal.
     */
    public Optional<Criteria> resolve(long portalId, long userId, AccountSearch search) {
        return scopeOf(portalId, userId).map(scope -> new Criteria(scope, search,
                search.text() == null ? List.of() : clientsWhoseAdminStartsWith(search)));
    }

    /**
     * One page. The page's ids come first from the (portal, column, id) index alone, so that a deep
     * page skips index entries rather than table rows; then only those rows are read.
     */
    public List<AccountRow> page(Criteria criteria, int first, int max) {
        AccountSearch search = criteria.search();
        String direction = search.ascending() ? " asc" : " desc";
        TypedQuery<Long> ids = em.createQuery("select c.id from ClientAccount c where " + criteria.where()
                + " order by c." + search.sort().attribute() + direction + ", c.id" + direction, Long.class);
        criteria.bind(ids);
        List<Long> page = ids.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
        if (page.isEmpty()) {
            return List.<AccountRow>of();
        }
        Map<Long, Integer> position = new HashMap<>();
        page.forEach(id -> position.put(id, position.size()));
        return em.createQuery(ROW + "c.id in :ids", AccountRow.class)
                .setParameter("ids", page)
                .getResultStream()
                .sorted(Comparator.comparing(row -> position.get(row.id())))
                .toList();
    }

    /** A keyset page: its rows and, when more follow, where the next page starts. */
    public record KeysetPage(List<AccountRow> rows, Optional<AfterRow> next) {
    }

    /**
     * The page of {@code max} clients that follows {@code after} (the first page when empty), read
     * from the same (portal, column, id) indexes as {@link #page(Criteria, int, int)} but by seeking
     * to the row rather than counting past an offset: a deep page costs what the first does, and
     * clients added meanwhile neither repeat nor push rows off it.
     */
    public KeysetPage after(Criteria criteria, Optional<AfterRow> after, int max) {
        AccountSearch search = criteria.search();
        String column = "c." + search.sort().attribute();
        String direction = search.ascending() ? " asc" : " desc";
        String beyond = search.ascending() ? " > " : " < ";
        StringBuilder where = new StringBuilder(criteria.where());
        List<ClientStatus> laterStatuses = new ArrayList<>();
        if (after.isPresent()) {
            if (search.sort() == AccountSort.STATUS) {
                // JPQL compares enums only for equality: the statuses beyond this one are listed,
                // in the order the database sorts their stored names.
                String at = ((ClientStatus) after.get().value()).name();
                for (ClientStatus status : ClientStatus.values()) {
                    if (search.ascending() ? status.name().compareTo(at) > 0 : status.name().compareTo(at) < 0) {
                        laterStatuses.add(status);
                    }
                }
                where.append(laterStatuses.isEmpty() ? " and (" : " and (c.status in :laterStatuses or (");
                where.append("c.status = :afterValue and c.id").append(beyond).append(":afterId)");
                where.append(laterStatuses.isEmpty() ? "" : ")");
            } else {
                where.append(" and (").append(column).append(beyond).append(":afterValue or (").append(column)
                        .append(" = :afterValue and c.id").append(beyond).append(":afterId))");
            }
        }
        TypedQuery<Object[]> ids = em.createQuery("select c.id, " + column + " from ClientAccount c where " + where
                + " order by " + column + direction + ", c.id" + direction, Object[].class);
        criteria.bind(ids);
        after.ifPresent(row -> ids.setParameter("afterValue", row.value()).setParameter("afterId", row.id()));
        if (!laterStatuses.isEmpty()) {
            ids.setParameter("laterStatuses", laterStatuses);
        }
        int size = Math.max(1, Math.min(max, 200));
        List<Object[]> found = ids.setMaxResults(size + 1).getResultList();
        List<Object[]> shown = found.subList(0, Math.min(size, found.size()));
        if (shown.isEmpty()) {
            return new KeysetPage(List.of(), Optional.empty());
        }
        Map<Long, Integer> position = new HashMap<>();
        shown.forEach(row -> position.put((Long) row[0], position.size()));
        List<AccountRow> rows = em.createQuery(ROW + "c.id in :ids", AccountRow.class)
                .setParameter("ids", List.copyOf(position.keySet()))
                .getResultStream()
                .sorted(Comparator.comparing(row -> position.get(row.id())))
                .toList();
        Object[] last = shown.get(shown.size() - 1);
        return new KeysetPage(rows, found.size() > size ? Optional.of(new AfterRow(last[1], (Long) last[0]))
                : Optional.empty());
    }

    public long count(Criteria criteria) {
        TypedQuery<Long> query = em.createQuery("select count(c) from ClientAccount c where " + criteria.where(), Long.class);
        criteria.bind(query);
        return query.getSingleResult();
    }

    /**
     * One client, only if it is in the person's scope (or is the portal's demo account); anything
     * else is empty, never another tenant's row.
     */
    public Optional<AccountRow> find(long portalId, long userId, long clientId) {
        return scopeOf(portalId, userId).flatMap(scope -> {
            TypedQuery<AccountRow> query = em.createQuery(ROW + scope.reachable("c") + " and c.id = :client",
                    AccountRow.class);
            scope.bind(query);
            return query.setParameter("client", clientId).getResultStream().findFirst();
        });
    }

    /** The plans the portal's clients are on, for the filter (the demo account's is no plan). */
    public List<String> plansOf(long portalId) {
        return em.createQuery("select distinct c.planCode from ClientAccount c where c.portal.id = :portal "
                        + "and c.planCode <> :demo order by c.planCode", String.class)
                .setParameter("portal", portalId)
                .setParameter("demo", ClientAccount.DEMO_PLAN)
                .getResultList();
    }

    /**
     * Looked up on their own, so that the page query can OR two index look-ups (name trigrams and
     * primary keys) instead of probing every client's admins.
     */
    private List<Long> clientsWhoseAdminStartsWith(AccountSearch search) {
        // The range lets the e-mail's unique index serve even a generic (parameterised) plan, which
        // cannot use an index for LIKE; the LIKE keeps the match exact.
        return em.createQuery("select m.clientId from ClientMembership m join m.user u where m.role = :admin "
                        + "and m.active = :active and m.partnerPortalId is null and u.email >= :from and u.email < :to and u.email like :prefix", Long.class)
                .setParameter("admin", ClientRole.CLIENT_ADMIN)
                .setParameter("active", true)
                .setParameter("from", search.prefixRange()[0])
                .setParameter("to", search.prefixRange()[1])
                // No ESCAPE clause: backslash is already the LIKE escape of PostgreSQL and H2, and
                // naming it makes EclipseLink stop binding parameters.
                .setParameter("prefix", search.prefixPattern())
                .setMaxResults(MAX_ADMIN_MATCHES)
                .getResultList();
    }

    /**
     * The where clause of one search within one person's checked scope, and its parameters. Only
     * {@link #resolve} makes one, so a caller cannot hand page() a scope of its own invention.
     */
    public static final class Criteria {

        private final PortalScope scope;
        private final AccountSearch search;
        private final List<Long> adminMatches;

        Criteria(PortalScope scope, AccountSearch search, List<Long> adminMatches) {
            this.scope = scope;
            this.search = search;
            this.adminMatches = List.copyOf(adminMatches);
        }

        public AccountSearch search() {
            return search;
        }

        String where() {
            StringBuilder where = new StringBuilder(scope.condition("c"));
            if (search.status() != null) {
                where.append(" and c.status = :status");
            }
            if (search.plan() != null) {
                where.append(" and c.planCode = :plan");
            }
            if (search.text() != null) {
                where.append(adminMatches.isEmpty() ? " and c.nameKey like :contains"
                        : " and (c.nameKey like :contains or c.id in :adminMatches)");
            }
            return where.toString();
        }

        void bind(TypedQuery<?> query) {
            scope.bind(query);
            if (search.status() != null) {
                query.setParameter("status", search.status());
            }
            if (search.plan() != null) {
                query.setParameter("plan", search.plan());
            }
            if (search.text() != null) {
                query.setParameter("contains", search.containsPattern());
                if (!adminMatches.isEmpty()) {
                    query.setParameter("adminMatches", adminMatches);
                }
            }
        }
    }
}
