package org.switchboard.client.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Figures about one client account for the people working in it. */
@Stateless
public class ClientOverview {

    @PersistenceContext
    EntityManager em;

    public Optional<ClientSnapshot> snapshot(long clientId) {
        return em.createQuery("select new org.switchboard.client.boundary.ClientSnapshot(c.id, c.name, c.planCode, "
                        + "c.status, c.seats, p.name, c.allowPartnerLogin, c.partnerRoleCap, "
                        + "c.usersCount, c.openJobsCount, c.recentCandidatesCount) "
                        + "from ClientAccount c left join c.portal p where c.id = :id", ClientSnapshot.class)
                .setParameter("id", clientId)
                .getResultStream()
                .findFirst();
    }

    /** The portal waiting for this client's admin to confirm a move, if any. */
    public Optional<String> pendingPortalName(long clientId) {
        return em.createQuery("select p.name from ClientAccount c join c.pendingPortal p where c.id = :id", String.class)
                .setParameter("id", clientId)
                .getResultStream()
                .findFirst();
    }
}
