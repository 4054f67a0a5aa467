package org.switchboard.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.switchboard.access.entity.AccessMode;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.boundary.ClientPermissions;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.tenancy.EndReason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Partner access history, read-only for everyone: the client admin sees every visit to their
 * account, a portal admin every visit by the portal's people, and a portal user the visits to a
 * client in their scope. Each page of visits is read with its first changes in four queries, whatever
 * its size or the number of changes; a visit's full list of changes is read page by page.
 */
@Stateless
public class AccessHistory {

    /** At most this many changes are listed per visit; the count says how many there were. */
    static final int CHANGES_SHOWN = 5;

    private static final String RECORD = "select s.id, s.startedAt, s.endedAt, s.endReason, r.firstName, r.lastName, "
            + "r.email, p.name, c.name, s.mode, a.firstName, a.lastName, a.email, s.reason, s.sourceAddress, s.clientId "
            + "from AccessSession s join User r on r.id = s.realUserId join User a on a.id = s.effectiveUserId "
            + "join Portal p on p.id = s.portalId join ClientAccount c on c.id = s.clientId where ";

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientPermissions permissions;

    @Inject
    PortalPermissions portalPermissions;

    /** Where a page of visits (newest first) ended: its last visit's start and id. */
    public record After(Instant startedAt, long id) {
    }

    /** A page of the visits in the history, newest first. */
    public List<AccessRecord> visits(HistoryScope scope, long viewerUserId, int first, int max) {
        Reach reach = reach(scope, viewerUserId);
        return page(reach.condition(), reach.parameters(), first, Math.max(1, Math.min(max, 100)));
    }

    /**
     * The visits after {@code after} (null: from the newest) in the order of {@link #visits}, at most
     * {@code max} (up to 101), read by keyset from the (portal_id or client_id, started_at, id)
     * indexes rather than by offset, for the partner API's cursor: a visit started meanwhile
     * neither repeats one nor pushes one off a page.
     */
    public List<AccessRecord> visitsAfter(HistoryScope scope, long viewerUserId, After after, int max) {
        Reach reach = reach(scope, viewerUserId);
        if (after == null) {
            return page(reach.condition(), reach.parameters(), 0, Math.max(1, Math.min(max, 101)));
        }
        Map<String, Object> parameters = new HashMap<>(reach.parameters());
        parameters.put("afterAt", after.startedAt());
        parameters.put("afterId", after.id());
        return page(reach.condition() + " and (s.startedAt < :afterAt or (s.startedAt = :afterAt and s.id < :afterId))",
                parameters, 0, Math.max(1, Math.min(max, 101)));
    }

    public long count(HistoryScope scope, long viewerUserId) {
        Reach reach = reach(scope, viewerUserId);
        return count(reach.condition(), reach.parameters());
    }

    /**
     * A page of what was done during one visit of the history, in the order it was done: a visit
     * of a scripted partner may hold thousands of changes, so the full list is read page by page.
     * A visit outside the history has no changes to show.
     */
    public List<AccessRecord.Change> changes(HistoryScope scope, long viewerUserId, long visitId, int first, int max) {
        Reach reach = reach(scope, viewerUserId);
        TypedQuery<AccessRecord.Change> query = em.createQuery("select new " + AccessRecord.Change.class.getName()
                + "(e.occurredAt, e.summary) from ActivityEvent e, AccessSession s where s.id = e.accessSessionId "
                + "and s.id = :visit and " + reach.condition() + " order by e.occurredAt, e.id", AccessRecord.Change.class);
        reach.parameters().forEach(query::setParameter);
        return query.setParameter("visit", visitId).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 100))).getResultList();
    }

    public long countChanges(HistoryScope scope, long viewerUserId, long visitId) {
        Reach reach = reach(scope, viewerUserId);
        TypedQuery<Long> query = em.createQuery("select count(e) from ActivityEvent e, AccessSession s "
                + "where s.id = e.accessSessionId and s.id = :visit and " + reach.condition(), Long.class);
        reach.parameters().forEach(query::setParameter);
        return query.setParameter("visit", visitId).getSingleResult();
    }

    /** The visits a history holds, as a condition on AccessSession s, once the viewer may read it. */
    private record Reach(String condition, Map<String, Long> parameters) {
    }

    private Reach reach(HistoryScope scope, long viewerUserId) {
        if (scope.portalId() == null) {
            permissions.require(viewerUserId, scope.clientId(), ClientRole.CLIENT_ADMIN);
            return new Reach("s.clientId = :client", Map.of("client", scope.clientId()));
        }
        if (scope.clientId() == null) {
            if (!portalPermissions.isAdmin(viewerUserId, scope.portalId())) {
                throw new NotPermitted("Only portal admins see the portal's access history.");
            }
            return new Reach("s.portalId = :portal", Map.of("portal", scope.portalId()));
        }
        portalPermissions.requireClient(viewerUserId, scope.portalId(), scope.clientId());
        return new Reach("s.portalId = :portal and s.clientId = :client",
                Map.of("portal", scope.portalId(), "client", scope.clientId()));
    }

    private long count(String condition, Map<String, Long> parameters) {
        TypedQuery<Long> query = em.createQuery("select count(s) from AccessSession s where " + condition, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private List<AccessRecord> page(String condition, Map<String, ?> parameters, int first, int max) {
        TypedQuery<Object[]> query = em.createQuery(RECORD + condition + " order by s.startedAt desc, s.id desc",
                Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(Math.max(0, first)).setMaxResults(max)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select e.accessSessionId, count(e) from ActivityEvent e where e.accessSessionId in :ids "
                        + "group by e.accessSessionId", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        Map<Long, List<AccessRecord.Change>> changes = new HashMap<>();
        // The first changes of each visit only: the database ranks them, so a visit with thousands
        // of changes costs the page no more than one with twenty.
        List<Long> shown = ((List<?>) em.createNativeQuery("SELECT id FROM (SELECT e.id, ROW_NUMBER() OVER "
                        + "(PARTITION BY e.access_session_id ORDER BY e.occurred_at, e.id) AS n FROM activity_event e "
                        + "WHERE e.access_session_id IN (" + ids.stream().map(String::valueOf).collect(Collectors.joining(","))
                        + ")) ranked WHERE n <= " + CHANGES_SHOWN)
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (!shown.isEmpty()) {
            em.createQuery("select e.accessSessionId, e.occurredAt, e.summary from ActivityEvent e "
                            + "where e.id in :shown order by e.occurredAt, e.id", Object[].class)
                    .setParameter("shown", shown)
                    .getResultList()
                    .forEach(row -> changes.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add(new AccessRecord.Change((Instant) row[1], (String) row[2])));
        }
        return rows.stream().map(row -> {
            long id = (Long) row[0];
            return new AccessRecord(id, (Instant) row[1], (Instant) row[2], (EndReason) row[3], row[4] + " " + row[5],
                    (String) row[6], (String) row[7], (Long) row[15], (String) row[8], (AccessMode) row[9], row[10] + " " + row[11],
                    (String) row[12], (String) row[13], (String) row[14], changes.getOrDefault(id, List.of()),
                    counts.getOrDefault(id, 0L));
        }).toList();
    }
}
