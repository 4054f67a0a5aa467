package org.switchboard.client.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.identity.entity.ClientRole;

import java.util.Optional;

/**
 * What a person may do inside one client account, from their live membership there. Every
 * workspace service asks before it changes anything; hiding a button is never the check.
 */
@Stateless
public class ClientPermissions {

    @PersistenceContext
    EntityManager em;

    public Optional<ClientRole> roleOf(long userId, long clientId) {
        return em.createQuery("select m.role from ClientMembership m where m.user.id = :user and m.client.id = :client "
                        + "and m.active = true and m.user.active = true", ClientRole.class)
                .setParameter("user", userId)
                .setParameter("client", clientId)
                .getResultStream()
                .findFirst();
    }

    public ClientRole require(long userId, long clientId, ClientRole needed) {
        ClientRole role = roleOf(userId, clientId)
                .orElseThrow(() -> new NotPermitted("You are not a member of this account."));
        if (!role.atLeast(needed)) {
            throw new NotPermitted("Your role (" + role.label() + ") cannot do this; it needs "
                    + needed.label().toLowerCase() + " rights.");
        }
        return role;
    }
}
