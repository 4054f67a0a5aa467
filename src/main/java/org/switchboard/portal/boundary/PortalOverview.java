package org.switchboard.portal.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.client.entity.ClientStatus;
import org.switchboard.identity.entity.ClientScope;
import org.switchboard.identity.entity.PortalMembership;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Figures about one portal as a given portal user may see them. */
@Stateless
public class PortalOverview {

    @PersistenceContext
    EntityManager em;

    /** Empty when the person is not an active member of the portal. */
    public Optional<PortalSnapshot> snapshot(long portalId, long userId) {
        Optional<PortalMembership> membership = em.createQuery("select m from PortalMembership m join fetch m.portal "
                        + "where m.portal.id = :portal and m.user.id = :user and m.active = true and m.user.active = true",
                        PortalMembership.class)
                .setParameter("portal", portalId)
                .setParameter("user", userId)
                .getResultStream()
                .findFirst();
        return membership.map(this::snapshotFor);
    }

    private PortalSnapshot snapshotFor(PortalMembership membership) {
        boolean wholePortal = membership.getClientScope() == ClientScope.ALL;
        String scope = wholePortal ? "" : " and c.id in (select a.id from PortalMembership m join m.assignedClients a "
                + "where m.id = :membership)";
        var query = em.createQuery("select c.status, count(c) from ClientAccount c where c.portal.id = :portal"
                        + scope + " group by c.status", Object[].class)
                .setParameter("portal", membership.getPortal().getId());
        if (!wholePortal) {
            query.setParameter("membership", membership.getId());
        }
        Map<ClientStatus, Long> byStatus = new EnumMap<>(ClientStatus.class);
        query.getResultList().forEach(row -> byStatus.put((ClientStatus) row[0], (Long) row[1]));
        var portal = membership.getPortal();
        return new PortalSnapshot(portal.getId(), portal.getName(), portal.getKind(), portal.getVerification(),
                wholePortal, byStatus);
    }
}
