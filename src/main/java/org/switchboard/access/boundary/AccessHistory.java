package org.switchboard.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.switchboard.access.entity.AccessMode;
import org.switchboard.access.entity.EndReason;
import org.switchboard.client.boundary.ClientPermissions;
import org.switchboard.client.boundary.NotPermitted;
import org.switchboard.identity.boundary.AccountDirectory;
import org.switchboard.identity.entity.ClientRole;
import org.switchboard.portal.boundary.PortalClients;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Partner access history, read-only for everyone: the client admin sees every visit to their
 * account, a portal admin every visit by the portal's people, and a portal user the visits to a
 * client in their scope. Each page of visits is read with its changes in three queries, whatever
 * its size.
 */
@Stateless
public class AccessHistory {

    /** At most this many changes are listed per visit; the count says how many there were. */
    static final int CHANGES_SHOWN = 20;

    private static final String RECORD = "select s.id, s.startedAt, s.endedAt, s.endReason, r.firstName, r.lastName, "
            + "r.email, p.name, c.name, s.mode, a.firstName, a.lastName, a.email, s.reason, s.sourceAddress "
            + "from AccessSession s join User r on r.id = s.realUserId join User a on a.id = s.effectiveUserId "
            + "join Portal p on p.id = s.portalId join ClientAccount c on c.id = s.clientId where ";

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientPermissions permissions;

    @Inject
    AccountDirectory directory;

    @Inject
    PortalClients clients;

    /** Every visit to the client account, for its admins. */
    public List<AccessRecord> ofClient(long clientId, long viewerUserId, int first, int max) {
        permissions.require(viewerUserId, clientId, ClientRole.CLIENT_ADMIN);
        return page("s.clientId = :client", Map.of("client", clientId), first, max);
    }

    public long countOfClient(long clientId, long viewerUserId) {
        permissions.require(viewerUserId, clientId, ClientRole.CLIENT_ADMIN);
        return count("s.clientId = :client", Map.of("client", clientId));
    }

    /** Every visit by the portal's people, for its admins. */
    public List<AccessRecord> ofPortal(long portalId, long viewerUserId, int first, int max) {
        requirePortalAdmin(portalId, viewerUserId);
        return page("s.portalId = :portal", Map.of("portal", portalId), first, max);
    }

    public long countOfPortal(long portalId, long viewerUserId) {
        requirePortalAdmin(portalId, viewerUserId);
        return count("s.portalId = :portal", Map.of("portal", portalId));
    }

    /** The portal's visits to one of its clients, for anyone who has that client in scope. */
    public List<AccessRecord> ofPortalClient(long portalId, long viewerUserId, long clientId, int first, int max) {
        requireInScope(portalId, viewerUserId, clientId);
        return page("s.portalId = :portal and s.clientId = :client", Map.of("portal", portalId, "client", clientId),
                first, max);
    }

    public long countOfPortalClient(long portalId, long viewerUserId, long clientId) {
        requireInScope(portalId, viewerUserId, clientId);
        return count("s.portalId = :portal and s.clientId = :client", Map.of("portal", portalId, "client", clientId));
    }

    private void requirePortalAdmin(long portalId, long userId) {
        if (!directory.isPortalAdmin(userId, portalId)) {
            throw new NotPermitted("Only portal admins see the portal's access history.");
        }
    }

    private void requireInScope(long portalId, long userId, long clientId) {
        if (clients.find(portalId, userId, clientId).isEmpty()) {
            throw new NotPermitted("No such client account in your portal.");
        }
    }

    private long count(String condition, Map<String, Long> parameters) {
        TypedQuery<Long> query = em.createQuery("select count(s) from AccessSession s where " + condition, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private List<AccessRecord> page(String condition, Map<String, Long> parameters, int first, int max) {
        TypedQuery<Object[]> query = em.createQuery(RECORD + condition + " order by s.startedAt desc, s.id desc",
                Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 100)))
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
        em.createQuery("select e.accessSessionId, e.occurredAt, e.summary from ActivityEvent e "
                        + "where e.accessSessionId in :ids order by e.occurredAt, e.id", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> {
                    List<AccessRecord.Change> list = changes.computeIfAbsent((Long) row[0], id -> new ArrayList<>());
                    if (list.size() < CHANGES_SHOWN) {
                        list.add(new AccessRecord.Change((Instant) row[1], (String) row[2]));
                    }
                });
        return rows.stream().map(row -> {
            long id = (Long) row[0];
            return new AccessRecord(id, (Instant) row[1], (Instant) row[2], (EndReason) row[3], row[4] + " " + row[5],
                    (String) row[6], (String) row[7], (String) row[8], (AccessMode) row[9], row[10] + " " + row[11],
                    (String) row[12], (String) row[13], (String) row[14], changes.getOrDefault(id, List.of()),
                    counts.getOrDefault(id, 0L));
        }).toList();
    }
}
