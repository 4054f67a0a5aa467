package org.switchboard.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.account.entity.Verification;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.NotPermitted;

import java.util.Optional;

/**
 * What a person may do in a portal, from their live membership there: the one place that pages,
 * services and API resources ask, as {@code ClientPermissions} is inside a client account. A
 * portal or client the person cannot reach is always "not found", never "not permitted", so an
 * outsider learns nothing of what exists; "not permitted" is for a member who lacks the role.
 */
@Stateless
public class PortalPermissions {

    /** The words for a client outside the person's scope, whatever the reason. */
    public static final String NO_SUCH_CLIENT = "No such client account in your portal.";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClients clients;

    /** The person's role in a portal they are an active member of. */
    public Optional<PortalRole> roleOf(long userId, long portalId) {
        return em.createQuery("select m.role from PortalMembership m where m.user.id = :user and m.portal.id = :portal "
                        + "and m.active = true and m.user.active = true", PortalRole.class)
                .setParameter("user", userId)
                .setParameter("portal", portalId)
                .getResultStream()
                .findFirst();
    }

    public boolean isMember(long userId, long portalId) {
        return roleOf(userId, portalId).isPresent();
    }

    public boolean isAdmin(long userId, long portalId) {
        return roleOf(userId, portalId).filter(role -> role == PortalRole.PORTAL_ADMIN).isPresent();
    }

    /**
     * Whether the person follows the portal's earnings: an active member of a channel-partner portal
     * (not rejected) with all its clients in scope, since the Earnings page shows every client's purchases.
     */
    public boolean followsEarnings(long userId, long portalId) {
        return em.createQuery("select count(m) from PortalMembership m where m.user.id = :user and m.portal.id = :portal "
                        + "and m.active = true and m.user.active = true and m.portal.kind = :channel "
                        + "and m.clientScope = :all and m.portal.verification <> :rejected", Long.class)
                .setParameter("user", userId).setParameter("portal", portalId)
                .setParameter("channel", PortalKind.CHANNEL_PARTNER)
                .setParameter("all", ClientScope.ALL)
                .setParameter("rejected", Verification.REJECTED)
                .getSingleResult() > 0;
    }

    /** Refuses anyone who is not an active member of the portal, as if it did not exist. */
    public PortalRole requireMember(long userId, long portalId) {
        return roleOf(userId, portalId).orElseThrow(() -> new NotFound("You are not a member of this portal."));
    }

    /** Refuses anyone but the portal's active admins; {@code refusal} says what only admins do. */
    public void requireAdmin(long userId, long portalId, String refusal) {
        if (!isAdmin(userId, portalId)) {
            throw new NotPermitted(refusal);
        }
    }

    /** Refuses a client that is not the portal's or lies outside the person's scope there. */
    public void requireClient(long userId, long portalId, long clientId) {
        if (clients.find(portalId, userId, clientId).isEmpty()) {
            throw new NotFound(NO_SUCH_CLIENT);
        }
    }

    /** Refuses anyone who does not follow the portal's earnings, as if there were none. */
    public void requireEarnings(long userId, long portalId) {
        if (!followsEarnings(userId, portalId)) {
            throw new NotFound("Earnings are shown to channel partners only.");
        }
    }
}
