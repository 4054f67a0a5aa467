package org.switchboard.invitation.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.ClientFigures;
import org.switchboard.account.boundary.ClientJoinAsked;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientMembership;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalMembership;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.identity.boundary.AccountRefused;
import org.switchboard.identity.boundary.PasswordChosen;
import org.switchboard.identity.boundary.PasswordService;
import org.switchboard.identity.control.Tokens;
import org.switchboard.identity.entity.User;
import org.switchboard.invitation.entity.Invitation;
import org.switchboard.invitation.entity.InvitationKind;
import org.switchboard.invitation.entity.InvitationStatus;
import org.switchboard.platform.config.PublicUrl;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.mail.Mailer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invitation links: made with a fresh token whose hash alone is stored, valid for 7 days, single
 * use, and revoked when a newer one is sent for the same thing. This class sends portal people's
 * invitations and takes their acceptance, and asks logins that exist already to join a portal or a
 * client account (they join only by accepting, signed in as themselves); {@link PartnerInvitations}
 * does the same for partners.
 */
@Stateless
public class Invitations {

    public static final Duration VALID_FOR = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    @Inject
    PasswordService passwords;

    @Inject
    ClientFigures figures;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The invitation a link's token names, whatever its state; empty for anything else. */
    public Optional<Invitation> byToken(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select i from Invitation i where i.tokenHash = :hash", Invitation.class)
                .setParameter("hash", Tokens.hash(token))
                .getResultStream()
                .findFirst();
    }

    /** Why an invitation cannot be accepted now, if it cannot. */
    public Optional<String> whyNot(Optional<Invitation> invitation, InvitationKind kind) {
        if (invitation.isEmpty() || invitation.get().getKind() != kind) {
            return Optional.of("This invitation link is not valid. Check that you copied all of it.");
        }
        return switch (invitation.get().statusAt(clock.instant())) {
            case PENDING -> Optional.empty();
            case ACCEPTED -> Optional.of("This invitation has already been accepted.");
            case REVOKED -> Optional.of("This invitation has been withdrawn; a newer one may have been sent.");
            case EXPIRED -> Optional.of("This invitation has expired. Ask for a new one.");
        };
    }

    /** Invites a new person of the portal to set their password, by a link mailed to them alone. */
    public void invitePortalUser(Portal portal, PortalMembership membership, long invitedBy) {
        revokeForMembership(membership.getId());
        String token = Tokens.newToken();
        Instant now = clock.instant();
        User user = membership.getUser();
        em.persist(Invitation.toPortal(portal.getId(), membership.getId(), Tokens.hash(token), user.getEmail(), invitedBy,
                now, now.plus(VALID_FOR)));
        String link = publicUrl.require("invitation.xhtml?token=" + token);
        mailer.send("PORTAL_INVITATION", user.getEmail(), "Join " + portal.getName() + " on Switchboard",
                "Hello " + user.getFirstName() + ",\n\n"
                        + "You are invited to join " + portal.getName() + " on Switchboard, where its people manage\n"
                        + "their client accounts. Choose your password here within 7 days:\n\n"
                        + link + "\n\n"
                        + "Your username is this e-mail address.\n");
        audit.record(AuditEvent.of(AuditType.INVITATION_SENT).actor(invitedBy).portal(portal.getId())
                .subject(user.getEmail()).detail("To join the portal"));
    }

    /**
     * Asks a login that exists already to join the portal. Its membership waits, inactive, until the
     * person accepts: being added must never change anyone's accounts without their consent.
     */
    public void invitePortalJoin(Portal portal, PortalMembership membership, long invitedBy) {
        revokeForMembership(membership.getId());
        String token = Tokens.newToken();
        Instant now = clock.instant();
        User user = membership.getUser();
        em.persist(Invitation.toJoinPortal(portal.getId(), membership.getId(), Tokens.hash(token), user.getEmail(),
                invitedBy, now, now.plus(VALID_FOR)));
        sendJoin(user, invitedBy, portal.getName(), membership.getRole().label(), token);
        audit.record(AuditEvent.of(AuditType.INVITATION_SENT).actor(invitedBy).portal(portal.getId())
                .subject(user.getEmail()).detail("An existing login, to join the portal"));
    }

    /** Asks a login that exists already to join the client account, as for a portal. */
    /** A login that exists already was added to a client's users: its owner is asked to accept. */
    public void onClientJoinAsked(@Observes ClientJoinAsked asked) {
        inviteClientJoin(em.find(ClientAccount.class, asked.clientId()),
                em.find(ClientMembership.class, asked.membershipId()), asked.invitedBy());
    }

    private void inviteClientJoin(ClientAccount client, ClientMembership membership, long invitedBy) {
        Instant now = clock.instant();
        em.createQuery("select i from Invitation i where i.clientMembershipId = :membership", Invitation.class)
                .setParameter("membership", membership.getId())
                .getResultList()
                .forEach(earlier -> earlier.revoke(now));
        String token = Tokens.newToken();
        User user = membership.getUser();
        em.persist(Invitation.toJoinClient(client.getId(), membership.getId(), Tokens.hash(token), user.getEmail(),
                invitedBy, now, now.plus(VALID_FOR)));
        sendJoin(user, invitedBy, client.getName(), membership.getRole().label(), token);
        audit.record(AuditEvent.of(AuditType.INVITATION_SENT).actor(invitedBy).client(client.getId())
                .subject(user.getEmail()).detail("An existing login, to join the account"));
    }

    private void sendJoin(User user, long invitedBy, String accountName, String role, String token) {
        User inviter = em.find(User.class, invitedBy);
        mailer.send("JOIN_INVITATION", user.getEmail(), inviter.getDisplayName() + " invites you to " + accountName
                        + " on Switchboard",
                "Hello " + user.getFirstName() + ",\n\n"
                        + inviter.getDisplayName() + " (" + inviter.getEmail() + ") invites you to join " + accountName
                        + " on Switchboard as " + role + ".\n"
                        + "You keep the login you have. Sign in and accept within 7 days:\n\n"
                        + publicUrl.require("invitation.xhtml?token=" + token) + "\n\n"
                        + "If you do not know them, ignore this e-mail: nothing changes unless you accept.\n");
    }

    /** What a join invitation offers, as its page shows it: who invites, to what, as what. */
    public record JoinOffer(String invitedBy, String invitedByEmail, String accountName, String role) {
    }

    public Optional<JoinOffer> joinOffer(String token) {
        return byToken(token).filter(invitation -> invitation.getKind().isJoin()).map(invitation -> {
            User inviter = em.find(User.class, invitation.getInvitedByUserId());
            if (invitation.getKind() == InvitationKind.PORTAL_JOIN) {
                PortalMembership membership = invitation.getMembershipId() == null ? null
                        : em.find(PortalMembership.class, invitation.getMembershipId());
                return new JoinOffer(inviter.getDisplayName(), inviter.getEmail(),
                        em.find(Portal.class, invitation.getPortalId()).getName(),
                        membership == null ? "" : membership.getRole().label());
            }
            ClientMembership membership = invitation.getClientMembershipId() == null ? null
                    : em.find(ClientMembership.class, invitation.getClientMembershipId());
            return new JoinOffer(inviter.getDisplayName(), inviter.getEmail(),
                    em.find(ClientAccount.class, invitation.getClientId()).getName(),
                    membership == null ? "" : membership.getRole().label());
        });
    }

    /**
     * The invited login, signed in as itself, accepts: its membership works from now on. Answers
     * where it now belongs. Anyone else signed in is refused, whoever holds the link.
     */
    public String acceptJoin(String token, long userId) {
        Invitation invitation = pendingJoin(token, userId);
        invitation.accept(userId, null, clock.instant());
        if (invitation.getKind() == InvitationKind.PORTAL_JOIN) {
            PortalMembership membership = em.find(PortalMembership.class, invitation.getMembershipId());
            membership.accepted();
            audit.record(AuditEvent.of(AuditType.INVITATION_ACCEPTED).actor(userId).portal(invitation.getPortalId())
                    .subject(invitation.getEmail()).detail("Joined the portal"));
            return membership.getPortal().getName();
        }
        ClientMembership membership = em.find(ClientMembership.class, invitation.getClientMembershipId());
        membership.accepted();
        figures.users(invitation.getClientId(), 1);
        audit.record(AuditEvent.of(AuditType.INVITATION_ACCEPTED).actor(userId).client(invitation.getClientId())
                .subject(invitation.getEmail()).detail("Joined the account"));
        return em.find(ClientAccount.class, invitation.getClientId()).getName();
    }

    /** The invited login says no: the waiting membership goes, the invitation is withdrawn. */
    public void declineJoin(String token, long userId) {
        Invitation invitation = pendingJoin(token, userId);
        invitation.revoke(clock.instant());
        Object membership = invitation.getKind() == InvitationKind.PORTAL_JOIN
                ? em.find(PortalMembership.class, invitation.getMembershipId())
                : em.find(ClientMembership.class, invitation.getClientMembershipId());
        em.remove(membership);
        audit.record(AuditEvent.of(AuditType.INVITATION_REVOKED).actor(userId).portal(invitation.getPortalId())
                .client(invitation.getClientId()).subject(invitation.getEmail()).detail("Declined by the invited login"));
    }

    private Invitation pendingJoin(String token, long userId) {
        Optional<Invitation> found = byToken(token);
        InvitationKind kind = found.map(Invitation::getKind).filter(InvitationKind::isJoin).orElse(InvitationKind.PORTAL_JOIN);
        Optional<String> refusal = whyNot(found, kind);
        if (refusal.isPresent()) {
            audit.recordAlways(AuditEvent.of(AuditType.INVITATION_REFUSED).actor(userId).detail(refusal.get()));
            throw new Refused(refusal.get());
        }
        Invitation invitation = found.get();
        User invited = kind == InvitationKind.PORTAL_JOIN
                ? Optional.ofNullable(invitation.getMembershipId()).map(id -> em.find(PortalMembership.class, id))
                        .map(PortalMembership::getUser).orElse(null)
                : Optional.ofNullable(invitation.getClientMembershipId()).map(id -> em.find(ClientMembership.class, id))
                        .map(ClientMembership::getUser).orElse(null);
        if (invited == null) {
            throw new Refused("This invitation has been withdrawn.");
        }
        if (invited.getId() != userId) {
            audit.recordAlways(AuditEvent.of(AuditType.INVITATION_REFUSED).actor(userId).subject(invitation.getEmail())
                    .detail("Someone else signed in tried to accept"));
            throw new Refused("This invitation is for " + invitation.getEmail() + ". Sign in with that login to accept it.");
        }
        return invitation;
    }

    /** The latest invitation's state for each of the portal's people who were invited. */
    public Map<Long, InvitationStatus> latestStatusByMembership(long portalId) {
        Map<Long, InvitationStatus> latest = new HashMap<>();
        Instant now = clock.instant();
        em.createQuery("select i from Invitation i where i.portalId = :portal and i.kind in :kinds "
                        + "and i.membershipId is not null order by i.createdAt, i.id", Invitation.class)
                .setParameter("portal", portalId)
                .setParameter("kinds", List.of(InvitationKind.PORTAL_USER, InvitationKind.PORTAL_JOIN))
                .getResultList()
                .forEach(invitation -> latest.put(invitation.getMembershipId(), invitation.statusAt(now)));
        return latest;
    }

    /** The portal's invitations that can still be accepted. */
    public List<Invitation> pendingOfPortal(long portalId) {
        return em.createQuery("select i from Invitation i where i.portalId = :portal and i.kind in :kinds "
                        + "and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now "
                        + "order by i.createdAt desc", Invitation.class)
                .setParameter("portal", portalId)
                .setParameter("kinds", List.of(InvitationKind.PORTAL_USER, InvitationKind.PORTAL_JOIN))
                .setParameter("now", clock.instant())
                .getResultList();
    }

    public void revokeForMembership(long membershipId) {
        Instant now = clock.instant();
        em.createQuery("select i from Invitation i where i.membershipId = :membership", Invitation.class)
                .setParameter("membership", membershipId)
                .getResultList()
                .forEach(invitation -> invitation.revoke(now));
    }

    /** Revokes one of the portal's pending invitations. */
    public void revokeOfPortal(long portalId, long actorUserId, long invitationId) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || (invitation.getKind() != InvitationKind.PORTAL_USER
                && invitation.getKind() != InvitationKind.PORTAL_JOIN)
                || !Long.valueOf(portalId).equals(invitation.getPortalId())) {
            throw new Refused("No such invitation in this portal.");
        }
        invitation.revoke(clock.instant());
        audit.record(AuditEvent.of(AuditType.INVITATION_REVOKED).actor(actorUserId).portal(portalId)
                .subject(invitation.getEmail()));
    }

    /** A password was set by any route: no invitation sent before it may set another. */
    public void revokePending(@Observes PasswordChosen chosen) {
        Instant now = clock.instant();
        em.createQuery("select i from Invitation i where i.email = :email and i.kind = :kind "
                        + "and i.acceptedAt is null and i.revokedAt is null", Invitation.class)
                .setParameter("email", chosen.email())
                .setParameter("kind", InvitationKind.PORTAL_USER)
                .getResultList()
                .forEach(pending -> pending.revoke(now));
    }

    /** A new person of a portal accepts: they choose their password, and their login works from now on. */
    public String acceptPortalUser(String token, String password) {
        Optional<Invitation> found = byToken(token);
        Optional<String> refusal = whyNot(found, InvitationKind.PORTAL_USER);
        if (refusal.isPresent()) {
            audit.recordAlways(AuditEvent.of(AuditType.INVITATION_REFUSED).detail(refusal.get()));
            throw new Refused(refusal.get());
        }
        Invitation invitation = found.get();
        PortalMembership membership = invitation.getMembershipId() == null ? null
                : em.find(PortalMembership.class, invitation.getMembershipId());
        if (membership == null) {
            throw new Refused("This invitation has been withdrawn.");
        }
        User user = membership.getUser();
        if (user.hasHadPassword()) {
            // Its owner has chosen a password since (which revoked pending invitations; this is the
            // check for any that predate that rule): a link kept by whoever sent it must never replace it.
            audit.recordAlways(AuditEvent.of(AuditType.INVITATION_REFUSED).portal(invitation.getPortalId())
                    .subject(user.getEmail()).detail("The login already has a password"));
            throw new Refused("This invitation can no longer be used. Sign in with your password, or use "
                    + "Forgot password on the sign-in page.");
        }
        // Accepted first, so that setting the password (which revokes every pending link) leaves it accepted.
        invitation.accept(user.getId(), null, clock.instant());
        try {
            passwords.set(user, password);
        } catch (AccountRefused weak) {
            throw new Refused(weak.getMessage());
        }
        audit.record(AuditEvent.of(AuditType.INVITATION_ACCEPTED).actor(user.getId())
                .portal(invitation.getPortalId()).subject(user.getEmail()));
        return user.getEmail();
    }
}
