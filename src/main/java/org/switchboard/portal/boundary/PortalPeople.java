package org.switchboard.portal.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.switchboard.account.boundary.ClientChoice;
import org.switchboard.account.boundary.PortalClients;
import org.switchboard.account.boundary.Memberships;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalMembership;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.identity.boundary.AccountRefused;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.identity.entity.User;
import org.switchboard.invitation.boundary.Invitations;
import org.switchboard.invitation.boundary.JoinInvitations;
import org.switchboard.invitation.entity.InvitationStatus;
import org.switchboard.platform.config.PublicUrl;
import org.switchboard.platform.kernel.EmailAddress;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.mail.Mailer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Setup page's rules: a portal admin lists, adds, edits and invites the portal's people. One
 * login per person: someone who has one joins with it. The portal always keeps an active admin;
 * people leaving are {@link PortalLeavers}'.
 */
@Stateless
public class PortalPeople {

    /** The most clients the assigned-clients picker offers for one search. */

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClients clients;

    @Inject
    PortalMembers members;

    @Inject
    UserAccounts users;

    @Inject
    Memberships memberships;

    @Inject
    Invitations invitations;

    @Inject
    JoinInvitations joins;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AuditLog audit;

    /**
     * What adding a person did. The invitation's link goes to the person's mailbox only: whoever holds
     * it can choose that login's password, so the inviter is never shown it (Resend mails a new one).
     * Whether the address had a login already is not said: it is the person's business, not the adder's.
     */
    public record Added(long membershipId, boolean invited) {
    }

    public List<PortalPerson> people(long portalId, long adminUserId) {
        members.requireAdmin(portalId, adminUserId);
        List<PortalMembership> found = em.createQuery("select m from PortalMembership m join fetch m.user u "
                        + "where m.portal.id = :portal order by m.active desc, u.lastName, u.firstName, m.id",
                        PortalMembership.class)
                .setParameter("portal", portalId)
                .getResultList();
        Map<Long, Long> assigned = new HashMap<>();
        em.createQuery("select m.id, count(a) from PortalMembership m join m.assignedClients a "
                        + "where m.portal.id = :portal group by m.id", Object[].class)
                .setParameter("portal", portalId)
                .getResultList()
                .forEach(row -> assigned.put((Long) row[0], (Long) row[1]));
        Map<Long, InvitationStatus> invited = invitations.latestStatusByMembership(portalId);
        return found.stream().map(m -> PortalMembers.person(m, assigned.getOrDefault(m.getId(), 0L).intValue(),
                invited.get(m.getId()))).toList();
    }

    public Added add(long portalId, long adminUserId, @Valid PersonForm form) {
        members.requireAdmin(portalId, adminUserId);
        Portal portal = em.find(Portal.class, portalId);
        String email = EmailAddress.normalise(form.email()).orElseThrow(() -> new Refused("Enter a valid e-mail address."));
        Optional<User> existing = users.findByEmail(email);
        if (existing.isPresent() && membershipOf(portalId, existing.get().getId()).isPresent()) {
            throw new Refused(email + " is already one of this portal's people.");
        }
        User user;
        try {
            if (existing.isPresent()) {
                user = existing.get();
            } else if (form.invite()) {
                user = users.createInvited(email, form.firstName().strip(), form.lastName().strip());
            } else {
                if (form.temporaryPassword() == null || form.temporaryPassword().isEmpty()) {
                    throw new Refused("Give a temporary password, or send an invitation link instead.");
                }
                user = users.create(email, form.firstName().strip(), form.lastName().strip(), form.temporaryPassword(),
                        form.mustChangePassword());
            }
        } catch (AccountRefused refused) {
            throw new Refused(refused.getMessage());
        }
        PortalMembership membership = memberships.joinPortal(user, portal, form.role());
        membership = em.find(PortalMembership.class, membership.getId());
        membership.restrict(form.restricted());
        scope(membership, portalId, form.scope(), form.assignedClientIds());
        if (!form.active()) {
            membership.deactivate();
        }
        boolean invited = existing.isPresent() || form.invite();
        if (existing.isPresent()) {
            // A login of its own: it joins only by accepting, and until then nothing of it shows here.
            membership.awaitAcceptance();
            joins.invitePortalJoin(portal, membership, adminUserId);
        } else if (invited) {
            invitations.invitePortalUser(portal, membership, adminUserId);
        } else if (form.sendWelcome()) {
            welcome(portal, user);
        }
        audit.record(AuditEvent.of(AuditType.PORTAL_USER_ADDED).actor(adminUserId).portal(portalId).subject(email)
                .detail(form.role().name() + ", " + form.scope().name() + (form.restricted() ? ", restricted" : "")
                        + (existing.isPresent() ? ", existing login" : form.invite() ? ", invited" : ", temporary password")));
        return new Added(membership.getId(), invited);
    }

    /** Changes role, restriction and scope; the portal keeps an active admin. */
    public void edit(long portalId, long adminUserId, long membershipId, PortalRole role, boolean restricted,
                     ClientScope scope, List<Long> assignedClientIds) {
        members.requireAdmin(portalId, adminUserId);
        PortalMembership membership = members.member(portalId, membershipId);
        if (membership.getRole() == PortalRole.PORTAL_ADMIN && role != PortalRole.PORTAL_ADMIN) {
            members.requireAnotherActiveAdmin(portalId, membership);
        }
        membership.changeRole(role);
        membership.restrict(restricted);
        scope(membership, portalId, scope, assignedClientIds);
        audit.record(AuditEvent.of(AuditType.PORTAL_USER_CHANGED).actor(adminUserId).portal(portalId)
                .subject(membership.getUser().getEmail())
                .detail(role.name() + ", " + scope.name() + (restricted ? ", restricted" : "")));
    }

    /** A new invitation link for someone who has not accepted yet; the earlier link stops working. */
    public void resendInvitation(long portalId, long adminUserId, long membershipId) {
        members.requireAdmin(portalId, adminUserId);
        PortalMembership membership = members.member(portalId, membershipId);
        InvitationStatus latest = invitations.latestStatusByMembership(portalId).get(membershipId);
        if (latest == null || latest == InvitationStatus.ACCEPTED) {
            throw new Refused(membership.getUser().getEmail() + " already has a password; there is nothing to accept.");
        }
        if (membership.isAwaitingAcceptance()) {
            joins.invitePortalJoin(membership.getPortal(), membership, adminUserId);
        } else {
            invitations.invitePortalUser(membership.getPortal(), membership, adminUserId);
        }
    }

    /** The portal's clients whose name starts with the text, for the assigned-clients picker. */
    public List<ClientChoice> clientsNamed(long portalId, long adminUserId, String text) {
        members.requireAdmin(portalId, adminUserId);
        return clients.named(portalId, text, false);
    }

    /** The clients a membership is assigned, for the edit form. */
    public List<ClientChoice> assignedTo(long portalId, long adminUserId, long membershipId) {
        members.requireAdmin(portalId, adminUserId);
        return members.member(portalId, membershipId).getAssignedClients().stream()
                .map(client -> new ClientChoice(client.getId(), client.getName()))
                .sorted(java.util.Comparator.comparing(ClientChoice::name))
                .toList();
    }

    private void scope(PortalMembership membership, long portalId, ClientScope scope, List<Long> clientIds) {
        if (scope == ClientScope.ALL) {
            membership.scopeToAll();
            return;
        }
        List<Long> ids = clientIds == null ? List.of() : clientIds;
        if (ids.isEmpty()) {
            throw new Refused("Choose at least one client, or give access to all clients.");
        }
        List<ClientAccount> clients = em.createQuery("select c from ClientAccount c where c.id in :ids "
                        + "and c.portal.id = :portal and c.demo = false", ClientAccount.class)
                .setParameter("ids", ids).setParameter("portal", portalId)
                .getResultList();
        if (clients.size() != new HashSet<>(ids).size()) {
            throw new Refused("Only this portal's clients can be assigned.");
        }
        membership.scopeToAssigned(new HashSet<>(clients));
    }

    private void welcome(Portal portal, User user) {
        mailer.send("WELCOME", user.getEmail(), "You have been added to " + portal.getName() + " on Switchboard",
                "Hello " + user.getFirstName() + ",\n\n"
                        + "You are now one of the people of " + portal.getName() + " on Switchboard.\n"
                        + "Sign in with your e-mail address and the temporary password your admin gave you:\n\n"
                        + publicUrl.link("login.xhtml").orElse("(your Switchboard address)") + "\n");
    }

    private Optional<PortalMembership> membershipOf(long portalId, long userId) {
        return em.createQuery("select m from PortalMembership m where m.portal.id = :portal and m.user.id = :user",
                        PortalMembership.class)
                .setParameter("portal", portalId).setParameter("user", userId)
                .getResultStream().findFirst();
    }
}
