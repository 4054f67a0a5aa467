package org.switchboard.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientMembership;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalMembership;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.identity.entity.User;

import java.time.Clock;

/** Joins people to portals and client accounts; the rules of who may do so live with the callers. */
@Stateless
public class Memberships {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClientFigures figures;

    @Inject
    Event<ClientJoinAsked> joinAsked;

    public PortalMembership joinPortal(User user, Portal portal, PortalRole role) {
        PortalMembership membership = new PortalMembership(em.find(User.class, user.getId()), em.find(Portal.class, portal.getId()), role,
                clock.instant());
        em.persist(membership);
        return membership;
    }

    /**
     * A membership for a login that exists already, waiting for its owner to accept: it counts as
     * no user of the account and works nowhere until then.
     */
    public ClientMembership inviteToClient(User user, ClientAccount client, ClientRole role, long invitedBy) {
        ClientMembership membership = new ClientMembership(em.find(User.class, user.getId()),
                em.find(ClientAccount.class, client.getId()), role, clock.instant());
        membership.awaitAcceptance();
        em.persist(membership);
        joinAsked.fire(new ClientJoinAsked(client.getId(), membership.getId(), invitedBy));
        return membership;
    }

    /** The person joins the client account; its user count follows. */
    public ClientMembership joinClient(User user, ClientAccount client, ClientRole role) {
        ClientMembership membership = new ClientMembership(em.find(User.class, user.getId()),
                em.find(ClientAccount.class, client.getId()), role, clock.instant());
        em.persist(membership);
        figures.users(client.getId(), 1);
        return membership;
    }
}
