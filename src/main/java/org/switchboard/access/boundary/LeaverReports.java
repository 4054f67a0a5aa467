package org.switchboard.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.account.entity.ClientMembership;
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.PortalMembership;
import org.switchboard.platform.kernel.NotFound;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The leaver report, for a portal's admins: before someone leaves, everything that lets them into
 * the portal's clients — their scope, the memberships sign-in-as made for them, their visits.
 */
@Stateless
public class LeaverReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalPermissions portalPermissions;

    public LeaverReport report(long portalId, long adminUserId, long membershipId) {
        portalPermissions.requireAdmin(adminUserId, portalId, "Only the portal's admins manage its people.");
        PortalMembership membership = em.find(PortalMembership.class, membershipId);
        if (membership == null || !membership.getPortal().getId().equals(portalId)) {
            throw new NotFound("No such person in this portal.");
        }
        long userId = membership.getUser().getId();
        Map<Long, Instant> lastAccess = new HashMap<>();
        // The latest per client, taken here: an aggregate of a converted timestamp skips the converter.
        em.createQuery("select s.clientId, s.startedAt from AccessSession s where s.realUserId = :user "
                        + "and s.portalId = :portal", Object[].class)
                .setParameter("user", userId).setParameter("portal", portalId)
                .getResultList()
                .forEach(row -> lastAccess.merge((Long) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, ClientMembership> partnerMemberships = new HashMap<>();
        em.createQuery("select m from ClientMembership m where m.user.id = :user and m.partnerPortalId = :portal",
                        ClientMembership.class)
                .setParameter("user", userId).setParameter("portal", portalId)
                .getResultList()
                .forEach(m -> partnerMemberships.put(m.getClient().getId(), m));
        Set<Long> assigned = new HashSet<>();
        membership.getAssignedClients().forEach(client -> assigned.add(client.getId()));
        Set<Long> ids = new HashSet<>(assigned);
        ids.addAll(lastAccess.keySet());
        ids.addAll(partnerMemberships.keySet());
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select c.id, c.name from ClientAccount c where c.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        List<LeaverReport.ClientAccess> clients = ids.stream()
                .map(id -> new LeaverReport.ClientAccess(id, names.get(id), assigned.contains(id),
                        partnerMemberships.containsKey(id),
                        partnerMemberships.containsKey(id) && partnerMemberships.get(id).isActive(), lastAccess.get(id)))
                .sorted(Comparator.comparing(LeaverReport.ClientAccess::clientName))
                .toList();
        long reachable = !membership.isActive() ? 0 : membership.getClientScope() == ClientScope.ALL
                ? em.createQuery("select count(c) from ClientAccount c where c.portal.id = :portal and c.demo = false", Long.class)
                        .setParameter("portal", portalId).getSingleResult()
                : assigned.size();
        return new LeaverReport(membershipId, reachable, clients);
    }
}
