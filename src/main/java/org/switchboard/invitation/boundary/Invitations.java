package org.switchboard.invitation.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
 * use, and revoked when a newer one is sent for the same thing. This class finds and judges a
 * link, and sends new portal people's invitations and takes their acceptance;
 * {@link JoinInvitations} asks logins that exist already to join a portal or a client account, and
 * {@link PartnerInvitations} invites partners.
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
