package org.switchboard.invitation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.account.boundary.Portals;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.account.boundary.ClientPermissions;
import org.switchboard.client.boundary.PortalLink;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.identity.control.Tokens;
import org.switchboard.identity.entity.User;
import org.switchboard.invitation.entity.Invitation;
import org.switchboard.invitation.entity.InvitationKind;
import org.switchboard.platform.config.PublicUrl;
import org.switchboard.platform.kernel.EmailAddress;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.mail.Mailer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A client invites its partner (HoorayHR's "Partner access"): the e-mailed link, accepted by the
 * invited e-mail's owner, puts the client under that person's portal — a new one, pending
 * verification, if they have none ({@link Portals}). The link itself, and a move from another
 * portal, which waits for the client's admin, are {@link PortalLink}'s.
 */
@Stateless
public class PartnerInvitations {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalLink link;

    @Inject
    Portals portals;

    @Inject
    Invitations invitations;

    @Inject
    ClientPermissions permissions;

    @Inject
    UserAccounts users;

    @Inject
    ActivityLog activity;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PortalPermissions portalPermissions;

    /** What accepting did. */
    public enum Outcome {
        /** The client is now managed by the portal. */
        LINKED,
        /** The client is managed by another portal; its admin must confirm the move. */
        MOVE_AWAITS_CLIENT,
        /** The portal already manages the client. */
        ALREADY_LINKED
    }

    /** The accepted invitation's result, with the portal's name. */
    public record Accepted(Outcome outcome, long portalId, String portalName, String clientName) {
    }

    /** An invitation as its page shows it before it is accepted. */
    public record Offer(String email, String clientName, String invitedBy, Instant expiresAt, boolean loginExists) {
    }

    /** Sends the invitation; returns its link, shown once to the admin in case the e-mail goes astray. */
    public String invite(long clientId, long actorUserId, String typedEmail) {
        permissions.requireClientsOwnAdmin(actorUserId, clientId);
        permissions.refuseWhileSignedInAsUser(clientId, "send invitations");
        String email = EmailAddress.normalise(typedEmail).orElseThrow(() -> new Refused("Enter a valid e-mail address."));
        ClientAccount client = em.find(ClientAccount.class, clientId);
        if (ownMember(clientId, email)) {
            throw new Refused(email + " is one of this account's own users. Invite your partner's address instead.");
        }
        Instant now = clock.instant();
        Optional<Invitation> pending = em.createQuery("select i from Invitation i where i.clientId = :client "
                        + "and i.email = :email and i.kind = :kind and i.acceptedAt is null and i.revokedAt is null "
                        + "and i.expiresAt > :now", Invitation.class)
                .setParameter("client", clientId).setParameter("email", email)
                .setParameter("kind", InvitationKind.PARTNER).setParameter("now", now)
                .getResultStream().findFirst();
        if (pending.isPresent()) {
            throw new Refused(email + " was already invited on " + pending.get().getCreatedAt().atOffset(ZoneOffset.UTC)
                    .toLocalDate() + ". Withdraw that invitation to send a new one.");
        }
        String token = Tokens.newToken();
        em.persist(Invitation.ofPartner(clientId, Tokens.hash(token), email, actorUserId, now,
                now.plus(Invitations.VALID_FOR)));
        String link = publicUrl.require("invitation.xhtml?token=" + token);
        User inviter = em.find(User.class, actorUserId);
        mailer.send("PARTNER_INVITATION", email, client.getName() + " invites you to manage its Switchboard account",
                "Hello,\n\n"
                        + inviter.getDisplayName() + " of " + client.getName() + " invites you to manage its account\n"
                        + "from your partner portal on Switchboard. Accept within 7 days here:\n\n"
                        + link + "\n\n"
                        + "Sign in with (or create) a login for this e-mail address, " + email + ".\n");
        activity.record(client, actorUserId, ActivityType.SETTINGS_CHANGED, "Invited " + email + " as the account's partner");
        audit.record(AuditEvent.of(AuditType.INVITATION_SENT).actor(actorUserId).client(clientId).subject(email)
                .detail("To manage the client as its partner"));
        return link;
    }

    /** The client's invitations that can still be accepted. */
    public List<Invitation> pendingOf(long clientId, long viewerUserId) {
        permissions.requireSettings(viewerUserId, clientId);
        return em.createQuery("select i from Invitation i where i.clientId = :client and i.kind = :kind "
                        + "and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now "
                        + "order by i.createdAt desc", Invitation.class)
                .setParameter("client", clientId).setParameter("kind", InvitationKind.PARTNER)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    public void revoke(long clientId, long actorUserId, long invitationId) {
        permissions.requireClientsOwnAdmin(actorUserId, clientId);
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || !Long.valueOf(clientId).equals(invitation.getClientId())) {
            throw new Refused("No such invitation of this account.");
        }
        invitation.revoke(clock.instant());
        audit.record(AuditEvent.of(AuditType.INVITATION_REVOKED).actor(actorUserId).client(clientId)
                .subject(invitation.getEmail()));
    }

    /** What the link offers, if it can be accepted; otherwise the reason it cannot. */
    public Optional<Offer> offer(String token) {
        Optional<Invitation> found = invitations.byToken(token);
        if (invitations.whyNot(found, InvitationKind.PARTNER).isPresent()) {
            return Optional.empty();
        }
        Invitation invitation = found.get();
        ClientAccount client = em.find(ClientAccount.class, invitation.getClientId());
        User inviter = em.find(User.class, em.createQuery("select i.invitedByUserId from Invitation i where i.id = :id",
                Long.class).setParameter("id", invitation.getId()).getSingleResult());
        return Optional.of(new Offer(invitation.getEmail(), client.getName(), inviter.getDisplayName(),
                invitation.getExpiresAt(), users.findByEmail(invitation.getEmail()).isPresent()));
    }

    /**
     * The invited person accepts, signed in as the invited address, for a portal they administer
     * or for a new one (pending verification, with them as its admin).
     */
    public Accepted accept(String token, long userId, Long portalId, String newPortalName, PortalKind newPortalKind) {
        Optional<Invitation> found = invitations.byToken(token);
        Optional<String> refusal = invitations.whyNot(found, InvitationKind.PARTNER);
        User user = em.find(User.class, userId);
        if (refusal.isEmpty() && !EmailAddress.sameIdentity(user.getEmail(), found.get().getEmail())) {
            refusal = Optional.of("This invitation was sent to " + found.get().getEmail() + ", but you are signed in as "
                    + user.getEmail() + ". Sign in with the invited address to accept it.");
        }
        if (refusal.isEmpty() && ownMember(found.get().getClientId(), user.getEmail())) {
            refusal = Optional.of("You are one of this account's own users; a partner must be someone else.");
        }
        if (refusal.isPresent()) {
            audit.recordAlways(AuditEvent.of(AuditType.INVITATION_REFUSED).actor(userId)
                    .client(found.map(Invitation::getClientId).orElse(null)).detail(refusal.get()));
            throw new Refused(refusal.get());
        }
        Invitation invitation = found.get();
        Portal portal = portalFor(user, portalId, newPortalName, newPortalKind);
        ClientAccount client = em.find(ClientAccount.class, invitation.getClientId());
        invitation.accept(userId, portal.getId(), clock.instant());
        audit.record(AuditEvent.of(AuditType.INVITATION_ACCEPTED).actor(userId).client(client.getId())
                .portal(portal.getId()).subject(user.getEmail()));
        if (client.getPortal() != null && client.getPortal().getId().equals(portal.getId())) {
            return new Accepted(Outcome.ALREADY_LINKED, portal.getId(), portal.getName(), client.getName());
        }
        if (client.getPortal() != null) {
            link.proposeMove(client.getId(), portal.getId(), userId);
            return new Accepted(Outcome.MOVE_AWAITS_CLIENT, portal.getId(), portal.getName(), client.getName());
        }
        link.link(client.getId(), portal.getId(), userId);
        return new Accepted(Outcome.LINKED, portal.getId(), portal.getName(), client.getName());
    }

    private Portal portalFor(User user, Long portalId, String newPortalName, PortalKind newPortalKind) {
        if (portalId == null) {
            return portals.open(user.getId(), newPortalName, newPortalKind);
        }
        if (!portalPermissions.isAdmin(user.getId(), portalId)) {
            throw new Refused("You can accept only for a portal you are an admin of.");
        }
        return em.find(Portal.class, portalId);
    }

    private boolean ownMember(long clientId, String email) {
        return em.createQuery("select count(m) from ClientMembership m where m.client.id = :client "
                        + "and m.user.email = :email and m.partnerPortalId is null", Long.class)
                .setParameter("client", clientId)
                .setParameter("email", EmailAddress.normalise(email).orElse(email))
                .getSingleResult() > 0;
    }
}
