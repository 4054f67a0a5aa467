package org.switchboard.portal.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.switchboard.access.boundary.PartnerAccess;
import org.switchboard.account.boundary.AccountDirectory;
import org.switchboard.account.boundary.ClientChoice;
import org.switchboard.account.boundary.Memberships;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientMembership;
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
import org.switchboard.invitation.entity.InvitationStatus;
import org.switchboard.platform.config.PublicUrl;
import org.switchboard.platform.kernel.EmailAddress;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.mail.Mailer;
import org.switchboard.platform.tenancy.EndReason;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Setup page's rules: a portal admin adds, edits, deactivates, reactivates and removes the
 * portal's people and invites them. One login per person: someone who has one joins with it. The
 * portal always keeps an active admin, and a person who leaves keeps no way into any client.
 */
@Stateless
public class PortalPeople {

    /** The most clients the assigned-clients picker offers for one search. */
    static final int CLIENT_MATCHES = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountDirectory directory;

    @Inject
    UserAccounts users;

    @Inject
    Memberships memberships;

    @Inject
    Invitations invitations;

    @Inject
    PartnerAccess partnerAccess;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * What adding a person did. The invitation's link goes to the person's mailbox only: whoever holds
     * it can choose that login's password, so the inviter is never shown it (Resend mails a new one).
     * Whether the address had a login already is not said: it is the person's business, not the adder's.
     */
    public record Added(long membershipId, boolean invited) {
    }

    public List<PortalPerson> people(long portalId, long adminUserId) {
        requireAdmin(portalId, adminUserId);
        List<PortalMembership> members = em.createQuery("select m from PortalMembership m join fetch m.user u "
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
        return members.stream().map(m -> person(m, assigned.getOrDefault(m.getId(), 0L).intValue(),
                invited.get(m.getId()))).toList();
    }

    public Added add(long portalId, long adminUserId, @Valid PersonForm form) {
        requireAdmin(portalId, adminUserId);
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
            invitations.invitePortalJoin(portal, membership, adminUserId);
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
        requireAdmin(portalId, adminUserId);
        PortalMembership membership = member(portalId, membershipId);
        if (membership.getRole() == PortalRole.PORTAL_ADMIN && role != PortalRole.PORTAL_ADMIN) {
            requireAnotherActiveAdmin(portalId, membership);
        }
        membership.changeRole(role);
        membership.restrict(restricted);
        scope(membership, portalId, scope, assignedClientIds);
        audit.record(AuditEvent.of(AuditType.PORTAL_USER_CHANGED).actor(adminUserId).portal(portalId)
                .subject(membership.getUser().getEmail())
                .detail(role.name() + ", " + scope.name() + (restricted ? ", restricted" : "")));
    }

    /**
     * Deactivates a person in the portal and takes away, in the same step, every way they had into
     * its clients: open visits end and the memberships sign-in-as made for them are deactivated.
     */
    public void deactivate(long portalId, long adminUserId, long membershipId) {
        requireAdmin(portalId, adminUserId);
        PortalMembership membership = member(portalId, membershipId);
        if (!membership.isActive()) {
            return;
        }
        if (membership.getUser().getId() == adminUserId) {
            throw new Refused("You cannot deactivate yourself; ask another portal admin.");
        }
        if (membership.getRole() == PortalRole.PORTAL_ADMIN) {
            requireAnotherActiveAdmin(portalId, membership);
        }
        membership.deactivate();
        int visits = cutAccess(portalId, membership.getUser().getId(), EndReason.DEACTIVATED);
        audit.record(AuditEvent.of(AuditType.PORTAL_USER_DEACTIVATED).actor(adminUserId).portal(portalId)
                .subject(membership.getUser().getEmail()).detail(visits + " open visits ended"));
    }

    public void reactivate(long portalId, long adminUserId, long membershipId) {
        requireAdmin(portalId, adminUserId);
        PortalMembership membership = member(portalId, membershipId);
        if (membership.isActive()) {
            return;
        }
        if (membership.isAwaitingAcceptance()) {
            throw new Refused(membership.getUser().getEmail() + " has not accepted the invitation yet; "
                    + "they join when they do.");
        }
        membership.activate();
        audit.record(AuditEvent.of(AuditType.PORTAL_USER_REACTIVATED).actor(adminUserId).portal(portalId)
                .subject(membership.getUser().getEmail()));
    }

    /** Removes a person from the portal altogether; their login stays for their other accounts. */
    public void remove(long portalId, long adminUserId, long membershipId) {
        requireAdmin(portalId, adminUserId);
        PortalMembership membership = member(portalId, membershipId);
        if (membership.getUser().getId() == adminUserId) {
            throw new Refused("You cannot remove yourself; ask another portal admin.");
        }
        if (membership.getRole() == PortalRole.PORTAL_ADMIN) {
            requireAnotherActiveAdmin(portalId, membership);
        }
        String email = membership.getUser().getEmail();
        cutAccess(portalId, membership.getUser().getId(), EndReason.DEACTIVATED);
        invitations.revokeForMembership(membershipId);
        membership.scopeToAll();
        em.flush();
        em.remove(membership);
        audit.record(AuditEvent.of(AuditType.PORTAL_USER_REMOVED).actor(adminUserId).portal(portalId).subject(email));
    }

    /** A new invitation link for someone who has not accepted yet; the earlier link stops working. */
    public void resendInvitation(long portalId, long adminUserId, long membershipId) {
        requireAdmin(portalId, adminUserId);
        PortalMembership membership = member(portalId, membershipId);
        InvitationStatus latest = invitations.latestStatusByMembership(portalId).get(membershipId);
        if (latest == null || latest == InvitationStatus.ACCEPTED) {
            throw new Refused(membership.getUser().getEmail() + " already has a password; there is nothing to accept.");
        }
        if (membership.isAwaitingAcceptance()) {
            invitations.invitePortalJoin(membership.getPortal(), membership, adminUserId);
        } else {
            invitations.invitePortalUser(membership.getPortal(), membership, adminUserId);
        }
    }

    /** Everything that gives the person a way into the portal's clients, for the leaver report. */
    public LeaverReport leaverReport(long portalId, long adminUserId, long membershipId) {
        requireAdmin(portalId, adminUserId);
        PortalMembership membership = member(portalId, membershipId);
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
                .sorted(java.util.Comparator.comparing(LeaverReport.ClientAccess::clientName))
                .toList();
        long reachable = !membership.isActive() ? 0 : membership.getClientScope() == ClientScope.ALL
                ? em.createQuery("select count(c) from ClientAccount c where c.portal.id = :portal and c.demo = false", Long.class)
                        .setParameter("portal", portalId).getSingleResult()
                : assigned.size();
        return new LeaverReport(person(membership, assigned.size(),
                invitations.latestStatusByMembership(portalId).get(membershipId)), reachable, clients);
    }

    /** The portal's clients whose name starts with the text, for the assigned-clients picker. */
    public List<ClientChoice> clientsNamed(long portalId, long adminUserId, String text) {
        requireAdmin(portalId, adminUserId);
        String prefix = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (prefix.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new org.switchboard.account.boundary.ClientChoice(c.id, c.name) from ClientAccount c "
                        + "where c.portal.id = :portal and c.nameKey >= :from and c.nameKey < :to and c.demo = false "
                        + "order by c.nameKey, c.id", ClientChoice.class)
                .setParameter("portal", portalId)
                .setParameter("from", prefix)
                .setParameter("to", prefix + Character.MAX_VALUE)
                .setMaxResults(CLIENT_MATCHES)
                .getResultList();
    }

    /** The clients a membership is assigned, for the edit form. */
    public List<ClientChoice> assignedTo(long portalId, long adminUserId, long membershipId) {
        requireAdmin(portalId, adminUserId);
        return member(portalId, membershipId).getAssignedClients().stream()
                .map(client -> new ClientChoice(client.getId(), client.getName()))
                .sorted(java.util.Comparator.comparing(ClientChoice::name))
                .toList();
    }

    private int cutAccess(long portalId, long userId, EndReason why) {
        em.createQuery("select m from ClientMembership m where m.user.id = :user and m.partnerPortalId = :portal "
                        + "and m.active = true", ClientMembership.class)
                .setParameter("user", userId).setParameter("portal", portalId)
                .getResultList()
                .forEach(ClientMembership::deactivate);
        return partnerAccess.endVisitsFrom(userId, portalId, why);
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

    private PortalPerson person(PortalMembership m, int assigned, InvitationStatus invitation) {
        User user = m.getUser();
        return new PortalPerson(m.getId(), user.getId(), user.getDisplayName(), user.getEmail(), m.getRole(),
                m.getClientScope(), assigned, m.isRestricted(), m.isActive() && user.isActive(),
                // Someone who has not accepted is not one of the portal's people yet: their sign-ins are their own.
                m.isAwaitingAcceptance() ? null : user.getLastLoginAt(), invitation, m.isAwaitingAcceptance());
    }

    private void requireAdmin(long portalId, long userId) {
        if (!directory.isPortalAdmin(userId, portalId)) {
            throw new NotPermitted("Only the portal's admins manage its people.");
        }
    }

    private PortalMembership member(long portalId, long membershipId) {
        PortalMembership membership = em.find(PortalMembership.class, membershipId);
        if (membership == null || !membership.getPortal().getId().equals(portalId)) {
            throw new NotFound("No such person in this portal.");
        }
        return membership;
    }

    private Optional<PortalMembership> membershipOf(long portalId, long userId) {
        return em.createQuery("select m from PortalMembership m where m.portal.id = :portal and m.user.id = :user",
                        PortalMembership.class)
                .setParameter("portal", portalId).setParameter("user", userId)
                .getResultStream().findFirst();
    }

    private void requireAnotherActiveAdmin(long portalId, PortalMembership leaving) {
        long others = em.createQuery("select count(m) from PortalMembership m where m.portal.id = :portal "
                        + "and m.role = :admin and m.active = true and m.user.active = true and m.id <> :leaving", Long.class)
                .setParameter("portal", portalId)
                .setParameter("admin", PortalRole.PORTAL_ADMIN)
                .setParameter("leaving", leaving.getId())
                .getSingleResult();
        if (others == 0) {
            throw new Refused("A portal needs at least one active portal admin.");
        }
    }
}
