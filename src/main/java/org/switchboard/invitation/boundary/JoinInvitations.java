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
import org.switchboard.identity.control.Tokens;
import org.switchboard.identity.entity.User;
import org.switchboard.invitation.entity.Invitation;
import org.switchboard.invitation.entity.InvitationKind;
import org.switchboard.platform.config.PublicUrl;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.mail.Mailer;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Asks a login that exists already to join a portal or a client account. Being added must never
 * change anyone's accounts without their consent: the membership waits, inactive, and its owner
 * joins only by accepting, signed in as themselves, or declines.
 */
@Stateless
public class JoinInvitations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Invitations invitations;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    @Inject
    ClientFigures figures;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Asks a login that exists already to join the portal. Its membership waits, inactive, until the
     * person accepts: being added must never change anyone's accounts without their consent.
     */
    public void invitePortalJoin(Portal portal, PortalMembership membership, long invitedBy) {
        invitations.revokeForMembership(membership.getId());
        String token = Tokens.newToken();
        Instant now = clock.instant();
        User user = membership.getUser();
        em.persist(Invitation.toJoinPortal(portal.getId(), membership.getId(), Tokens.hash(token), user.getEmail(),
                invitedBy, now, now.plus(Invitations.VALID_FOR)));
        sendJoin(user, invitedBy, portal.getName(), membership.getRole().label(), token);
        audit.record(AuditEvent.of(AuditType.INVITATION_SENT).actor(invitedBy).portal(portal.getId())
                .subject(user.getEmail()).detail("An existing login, to join the portal"));
    }

    /** A login that exists already was added to a client's users: its owner is asked to accept, as for a portal. */
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
                invitedBy, now, now.plus(Invitations.VALID_FOR)));
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
        return invitations.byToken(token).filter(invitation -> invitation.getKind().isJoin()).map(invitation -> {
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
        Optional<Invitation> found = invitations.byToken(token);
        InvitationKind kind = found.map(Invitation::getKind).filter(InvitationKind::isJoin).orElse(InvitationKind.PORTAL_JOIN);
        Optional<String> refusal = invitations.whyNot(found, kind);
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
}
