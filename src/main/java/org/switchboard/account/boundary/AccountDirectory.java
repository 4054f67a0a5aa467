package org.switchboard.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.account.entity.Verification;
import org.switchboard.platform.tenancy.AccountKind;
import org.switchboard.platform.tenancy.AccountRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which accounts a person belongs to and may enter, from their active memberships. The account
 * switcher lists these; the AccessFilter asks {@link #mayEnter} on every request. A membership made
 * for a partner by "Sign in as Me" is not one of them: it opens the client only inside a visit.
 */
@Stateless
public class AccountDirectory {

    @PersistenceContext
    EntityManager em;

    /** Every portal and client account the person is an active member of, portals first, by name. */
    public List<AccountChoice> accountsOf(long userId) {
        List<AccountChoice> choices = new ArrayList<>();
        em.createQuery("select m.portal.id, m.portal.name, m.portal.kind from PortalMembership m "
                        + "where m.user.id = :user and m.active = true and m.user.active = true "
                        + "and m.portal.verification <> :rejected order by m.portal.name, m.portal.id", Object[].class)
                .setParameter("user", userId)
                .setParameter("rejected", Verification.REJECTED)
                .getResultList()
                .forEach(row -> choices.add(new AccountChoice(AccountRef.portal((Long) row[0]), (String) row[1],
                        ((PortalKind) row[2]).label())));
        em.createQuery("select m.client.id, m.client.name, m.role from ClientMembership m "
                        + "where m.user.id = :user and m.active = true and m.user.active = true and m.partnerPortalId is null "
                        + "order by m.client.name, m.client.id", Object[].class)
                .setParameter("user", userId)
                .getResultList()
                .forEach(row -> choices.add(new AccountChoice(AccountRef.client((Long) row[0]), (String) row[1],
                        "Client account · " + ((ClientRole) row[2]).label())));
        return choices;
    }

    public boolean mayEnter(long userId, AccountRef account) {
        String query = account.kind() == AccountKind.PORTAL
                ? "select count(m) from PortalMembership m where m.user.id = :user and m.portal.id = :account "
                  + "and m.active = true and m.user.active = true and m.portal.verification <> :rejected"
                : "select count(m) from ClientMembership m where m.user.id = :user and m.client.id = :account "
                  + "and m.active = true and m.user.active = true and m.partnerPortalId is null";
        var count = em.createQuery(query, Long.class)
                .setParameter("user", userId)
                .setParameter("account", account.id());
        if (account.kind() == AccountKind.PORTAL) {
            count.setParameter("rejected", Verification.REJECTED);
        }
        return count.getSingleResult() > 0;
    }

    public String portalName(long portalId) {
        return em.createQuery("select p.name from Portal p where p.id = :id", String.class)
                .setParameter("id", portalId).getSingleResult();
    }

    /** The portals the person is an active admin of, by name (a partner accepts an invitation for one). */
    public List<AccountChoice> portalsAdministeredBy(long userId) {
        return em.createQuery("select m.portal.id, m.portal.name, m.portal.kind from PortalMembership m "
                        + "where m.user.id = :user and m.role = :admin and m.active = true and m.user.active = true "
                        + "and m.portal.verification <> :rejected order by m.portal.name, m.portal.id", Object[].class)
                .setParameter("user", userId)
                .setParameter("admin", PortalRole.PORTAL_ADMIN)
                .setParameter("rejected", Verification.REJECTED)
                .getResultList().stream()
                .map(row -> new AccountChoice(AccountRef.portal((Long) row[0]), (String) row[1], ((PortalKind) row[2]).label()))
                .toList();
    }

    /** The account of this kind that a person lands in when they have not chosen one. */
    public Optional<AccountRef> firstAccount(long userId, AccountKind kind) {
        return accountsOf(userId).stream()
                .map(AccountChoice::account)
                .filter(account -> account.kind() == kind)
                .findFirst();
    }
}
