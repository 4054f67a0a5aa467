package org.switchboard.client.boundary;

import org.switchboard.account.boundary.ClientPermissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.ClientFigures;
import org.switchboard.account.boundary.Memberships;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientMembership;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.Portal;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.identity.boundary.AccountRefused;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.mail.Mailer;
import org.switchboard.platform.tenancy.Visit;

import java.util.List;
import java.util.Optional;

/**
 * A client account's people: a client admin adds them, sets their role, deactivates and
 * reactivates them. A person who already has a login (in any account or portal) keeps that one
 * login and simply joins; there is never a second username for the same e-mail.
 */
@Stateless
public class ClientUsers {

    /** One row of the account's user list. */
    public record Member(long membershipId, long userId, String name, String email, ClientRole role, boolean active,
                         String partnerPortal, String addedByPartner, boolean invited) {

        /** Asked to join with a login of their own; not a user of the account until they accept. */
        public boolean isInvited() {
            return invited;
        }

        /** A portal user who entered with "Sign in as Me"; not one of the account's seats. */
        public boolean isPartner() {
            return partnerPortal != null;
        }

        /** Added by a partner during a visit (the portal's name), not by the client's own people. */
        public boolean isAddedByPartner() {
            return addedByPartner != null;
        }
    }

    @PersistenceContext
    EntityManager em;


    @Inject
    UserAccounts users;

    @Inject
    Memberships memberships;

    @Inject
    ClientPermissions permissions;

    @Inject
    ActivityLog activity;

    @Inject
    ClientFigures figures;

    @Inject
    Mailer mailer;

    public List<Member> membersOf(long clientId) {
        return em.createQuery("select m, p.name, a.name from ClientMembership m join fetch m.user "
                        + "left join Portal p on p.id = m.partnerPortalId left join Portal a on a.id = m.addedByPortalId "
                        + "where m.client.id = :client "
                        + "order by m.active desc, m.user.lastName, m.user.firstName, m.id", Object[].class)
                .setParameter("client", clientId)
                .getResultList().stream()
                .map(row -> {
                    ClientMembership m = (ClientMembership) row[0];
                    return new Member(m.getId(), m.getUser().getId(), m.getUser().getDisplayName(), m.getUser().getEmail(),
                            m.getRole(), m.isActive() && m.getUser().isActive(), (String) row[1], (String) row[2],
                            m.isAwaitingAcceptance());
                })
                .toList();
    }

    /**
     * Adds a person. Someone new gets a login with the temporary password given, to be changed at
     * their first sign-in; someone who has a login already is invited to join with it (the password
     * is ignored) and is a user of the account only once they accept, signed in as themselves.
     */
    public Member add(long clientId, long actorUserId, String email, String firstName, String lastName, ClientRole role,
                      String temporaryPassword) {
        permissions.require(actorUserId, clientId, ClientRole.CLIENT_ADMIN);
        permissions.refuseWhileSignedInAsUser(clientId, "add people to the account");
        if (role == ClientRole.CLIENT_ADMIN) {
            permissions.refuseDuringVisit(clientId, "make anyone a client admin");
        }
        ClientAccount client = em.find(ClientAccount.class, clientId);
        Optional<User> existing = users.findByEmail(email);
        if (existing.isPresent() && membership(clientId, existing.get().getId()).isPresent()) {
            throw new Refused(existing.get().getEmail() + " is already a user of this account.");
        }
        User user;
        try {
            user = existing.orElseGet(() -> users.create(email, firstName, lastName, temporaryPassword, true));
        } catch (AccountRefused refused) {
            throw new Refused(refused.getMessage());
        }
        ClientMembership membership;
        if (existing.isPresent()) {
            membership = memberships.inviteToClient(user, client, role, actorUserId);
            activity.record(client, actorUserId, ActivityType.USER_ADDED, "Invited " + user.getEmail() + " to join as "
                    + role.label());
        } else {
            membership = memberships.joinClient(user, client, role);
            activity.record(client, actorUserId, ActivityType.USER_ADDED, "Added " + user.getEmail() + " as " + role.label());
        }
        Optional<Visit> visit = permissions.visitIn(clientId);
        String addedBy = null;
        if (visit.isPresent()) {
            // A login that outlives the visit: the client's own admins must know, and see it as the partner's.
            membership = em.find(ClientMembership.class, membership.getId());
            membership.addedDuringVisit(visit.get().portalId(), visit.get().accessSessionId());
            addedBy = em.find(Portal.class, visit.get().portalId()).getName();
            tellOwnAdmins(client, addedBy, user, role);
        }
        return new Member(membership.getId(), user.getId(), user.getDisplayName(), user.getEmail(), role,
                existing.isEmpty(), null, addedBy, existing.isPresent());
    }

    /**
     * People the client's partner added during visits who are still active: logins that outlive the
     * partner's access, for the client's own admins to keep or not when they stop the partner.
     */
    public List<Member> addedByPartner(long clientId, long actorUserId) {
        permissions.requireClientsOwnAdmin(actorUserId, clientId);
        return membersOf(clientId).stream().filter(m -> m.isAddedByPartner() && m.active()).toList();
    }

    /**
     * The client's own admins decided not to keep the people their partner added during visits:
     * each is deactivated (admins the client itself made of them stay). Answers how many.
     */
    public int deactivateAddedByPartner(long clientId, long actorUserId) {
        permissions.requireClientsOwnAdmin(actorUserId, clientId);
        List<ClientMembership> added = em.createQuery("select m from ClientMembership m where m.client.id = :client "
                        + "and m.addedByPortalId is not null and m.active = true and m.role <> :admin", ClientMembership.class)
                .setParameter("client", clientId).setParameter("admin", ClientRole.CLIENT_ADMIN)
                .getResultList();
        for (ClientMembership membership : added) {
            membership.deactivate();
            figures.users(clientId, -1);
            activity.record(membership.getClient(), actorUserId, ActivityType.USER_DEACTIVATED,
                    "Deactivated " + membership.getUser().getEmail() + ", added by the former partner during a visit");
        }
        return added.size();
    }

    public void changeRole(long clientId, long membershipId, long actorUserId, ClientRole role) {
        permissions.require(actorUserId, clientId, ClientRole.CLIENT_ADMIN);
        ClientMembership membership = membershipOf(clientId, membershipId);
        if (membership.getRole() == role) {
            return;
        }
        if (membership.getUser().getId() == actorUserId) {
            throw new Refused("You cannot change your own role; ask another client admin.");
        }
        if (role == ClientRole.CLIENT_ADMIN) {
            permissions.refuseDuringVisit(clientId, "make anyone a client admin");
        }
        if (isOwnAdmin(membership)) {
            permissions.refuseDuringVisit(clientId, "change the role of the client's own admins");
        }
        if (membership.getRole() == ClientRole.CLIENT_ADMIN) {
            requireAnotherActiveAdmin(clientId, membership);
        }
        membership.changeRole(role);
        activity.record(membership.getClient(), actorUserId, ActivityType.USER_ROLE_CHANGED,
                membership.getUser().getEmail() + " is now " + role.label());
    }

    public void deactivate(long clientId, long membershipId, long actorUserId) {
        permissions.require(actorUserId, clientId, ClientRole.CLIENT_ADMIN);
        ClientMembership membership = membershipOf(clientId, membershipId);
        if (!membership.isActive()) {
            return;
        }
        if (membership.getUser().getId() == actorUserId) {
            throw new Refused("You cannot deactivate yourself.");
        }
        if (isOwnAdmin(membership)) {
            permissions.refuseDuringVisit(clientId, "deactivate the client's own admins");
        }
        if (membership.getRole() == ClientRole.CLIENT_ADMIN) {
            requireAnotherActiveAdmin(clientId, membership);
        }
        membership.deactivate();
        if (!membership.isPartner()) {
            figures.users(clientId, -1);
        }
        activity.record(membership.getClient(), actorUserId, ActivityType.USER_DEACTIVATED,
                "Deactivated " + membership.getUser().getEmail());
    }

    public void reactivate(long clientId, long membershipId, long actorUserId) {
        permissions.require(actorUserId, clientId, ClientRole.CLIENT_ADMIN);
        ClientMembership membership = membershipOf(clientId, membershipId);
        if (membership.isActive()) {
            return;
        }
        if (membership.isAwaitingAcceptance()) {
            throw new Refused(membership.getUser().getEmail() + " has not accepted the invitation yet; they join when they do.");
        }
        if (membership.isPartner()) {
            permissions.refuseDuringVisit(clientId, "bring back a partner the client deactivated");
        }
        membership.activate();
        if (!membership.isPartner()) {
            figures.users(clientId, 1);
        }
        activity.record(membership.getClient(), actorUserId, ActivityType.USER_REACTIVATED,
                "Reactivated " + membership.getUser().getEmail());
    }

    private static boolean isOwnAdmin(ClientMembership membership) {
        return membership.getRole() == ClientRole.CLIENT_ADMIN && !membership.isPartner();
    }

    /** E-mails the client's own active admins about a login a partner added during a visit. */
    private void tellOwnAdmins(ClientAccount client, String portal, User added, ClientRole role) {
        em.createQuery("select m.user from ClientMembership m where m.client.id = :client and m.role = :admin "
                        + "and m.active = true and m.user.active = true and m.partnerPortalId is null", User.class)
                .setParameter("client", client.getId())
                .setParameter("admin", ClientRole.CLIENT_ADMIN)
                .getResultList()
                .forEach(admin -> mailer.send("USER_ADDED_BY_PARTNER", admin.getEmail(),
                        portal + " added " + added.getEmail() + " to " + client.getName(),
                        "Hello " + admin.getFirstName() + ",\n\n"
                                + "During a partner visit, " + portal + " added " + added.getDisplayName() + " ("
                                + added.getEmail() + ") to " + client.getName() + " on Switchboard, as "
                                + role.label() + ".\n"
                                + "Their login stays when the visit ends. If you did not expect it, deactivate them on\n"
                                + "the Users page of your account, where they are marked as added by " + portal + ".\n"));
    }

    /** Only the client's own admins count: a partner's membership from Sign in as Me never does. */
    private void requireAnotherActiveAdmin(long clientId, ClientMembership leaving) {
        long otherAdmins = em.createQuery("select count(m) from ClientMembership m where m.client.id = :client "
                        + "and m.role = :admin and m.active = true and m.user.active = true and m.id <> :leaving "
                        + "and m.partnerPortalId is null", Long.class)
                .setParameter("client", clientId)
                .setParameter("admin", ClientRole.CLIENT_ADMIN)
                .setParameter("leaving", leaving.getId())
                .getSingleResult();
        if (otherAdmins == 0) {
            throw new Refused("An account needs at least one active client admin.");
        }
    }

    private Optional<ClientMembership> membership(long clientId, long userId) {
        return em.createQuery("select m from ClientMembership m where m.client.id = :client and m.user.id = :user",
                        ClientMembership.class)
                .setParameter("client", clientId)
                .setParameter("user", userId)
                .getResultStream()
                .findFirst();
    }

    private ClientMembership membershipOf(long clientId, long membershipId) {
        ClientMembership membership = em.find(ClientMembership.class, membershipId);
        if (membership == null || !membership.getClient().getId().equals(clientId)) {
            throw new NotFound("No such user in this account.");
        }
        return membership;
    }
}
