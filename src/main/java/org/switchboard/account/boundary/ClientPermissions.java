package org.switchboard.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.tenancy.ActingVisit;
import org.switchboard.platform.tenancy.Visit;

import java.util.Optional;

/**
 * What a person may do inside one client account, from their live membership there and, during a
 * partner visit, from the visit: a partner's own membership works only inside a visit as
 * themselves, and whoever a partner acts as, they get no more than the role the client allows
 * partners. Every workspace service asks before it changes anything; hiding a button is never the
 * check.
 */
@Stateless
public class ClientPermissions {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActingVisit acting;

    public Optional<ClientRole> roleOf(long userId, long clientId) {
        Optional<Object[]> found = em.createQuery("select m.role, m.partnerPortalId, c.partnerRoleCap, c.status "
                        + "from ClientMembership m join m.client c where m.user.id = :user and c.id = :client "
                        + "and m.active = true and m.user.active = true", Object[].class)
                .setParameter("user", userId)
                .setParameter("client", clientId)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // A trial that ran out leaves the account readable, not changeable, until it subscribes.
        ClientRole role = found.get()[3] == ClientStatus.EXPIRED ? ((ClientRole) found.get()[0]).weaker(ClientRole.VIEWER)
                : (ClientRole) found.get()[0];
        boolean partnerMembership = found.get()[1] != null;
        ClientRole cap = (ClientRole) found.get()[2];
        Optional<Visit> visit = visitOf(userId, clientId);
        if (partnerMembership) {
            return visit.filter(v -> !v.asUser()).map(v -> role.weaker(cap));
        }
        return Optional.of(visit.filter(Visit::asUser).map(v -> role.weaker(cap)).orElse(role));
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

    /** Settings are for client admins, and never for a partner their portal has restricted. */
    /** Whether the account is a portal's demo account, which its pages mark as sample data. */
    public boolean isDemo(long clientId) {
        ClientAccount client = em.find(ClientAccount.class, clientId);
        return client != null && client.isDemo();
    }

    public boolean mayOpenSettings(long userId, long clientId) {
        return roleOf(userId, clientId).filter(role -> role == ClientRole.CLIENT_ADMIN).isPresent()
                && visitOf(userId, clientId).filter(Visit::restricted).isEmpty();
    }

    public void requireSettings(long userId, long clientId) {
        require(userId, clientId, ClientRole.CLIENT_ADMIN);
        if (visitOf(userId, clientId).filter(Visit::restricted).isPresent()) {
            throw new NotPermitted("Your portal does not let you change client settings.");
        }
    }

    /** Partner access is the client's own decision: never changed from inside a partner's visit. */
    public void requireClientsOwnAdmin(long userId, long clientId) {
        requireSettings(userId, clientId);
        if (visitOf(userId, clientId).isPresent()) {
            throw new NotPermitted("Partner access is decided by the client's own admins, not during a partner visit.");
        }
    }

    /**
     * Whether the person is one of the client's own admins, on no partner visit, whatever state the
     * account is in (an expired trial leaves its admin able to subscribe, though nothing else).
     */
    public boolean isOwnAdmin(long userId, long clientId) {
        return acting.current().filter(v -> v.isIn(clientId)).isEmpty()
                && em.createQuery("select count(m) from ClientMembership m where m.user.id = :user and m.client.id = :client "
                        + "and m.role = :admin and m.partnerPortalId is null and m.active = true and m.user.active = true",
                        Long.class)
                .setParameter("user", userId).setParameter("client", clientId).setParameter("admin", ClientRole.CLIENT_ADMIN)
                .getSingleResult() > 0;
    }

    /** Things a partner may not do while signed in as one of the client's users. */
    public void refuseWhileSignedInAsUser(long clientId, String what) {
        if (acting.current().filter(v -> v.isIn(clientId) && v.asUser()).isPresent()) {
            throw new NotPermitted("While signed in as another user you cannot " + what + ".");
        }
    }

    /**
     * Things only the client's own people decide, never a partner inside it on any visit: who its
     * admins are, and which partners may come back.
     */
    public void refuseDuringVisit(long clientId, String what) {
        if (visitIn(clientId).isPresent()) {
            throw new NotPermitted("During a partner visit you cannot " + what + "; the client's own admins can.");
        }
    }

    /** The partner visit this request acts in inside the client, if any. */
    public Optional<Visit> visitIn(long clientId) {
        return acting.current().filter(v -> v.isIn(clientId));
    }

    private Optional<Visit> visitOf(long userId, long clientId) {
        return acting.current().filter(v -> v.isIn(clientId) && v.effectiveUserId() == userId);
    }
}
