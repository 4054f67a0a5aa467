package org.switchboard.invitation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An invitation sent by e-mail with a single-use link. Only the token's hash is kept; it expires,
 * and a new one for the same thing revokes the old.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InvitationKind kind;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    @Column(name = "portal_id")
    private Long portalId;

    @Column(name = "membership_id", updatable = false)
    private Long membershipId;

    @Column(name = "invited_by_user_id", nullable = false, updatable = false)
    private long invitedByUserId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "client_membership_id")
    private Long clientMembershipId;

    @Column(name = "accepted_by_user_id")
    private Long acceptedByUserId;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected Invitation() {
    }

    private Invitation(InvitationKind kind, String tokenHash, String email, long invitedByUserId, Instant createdAt,
                       Instant expiresAt) {
        this.kind = kind;
        this.tokenHash = tokenHash;
        this.email = email;
        this.invitedByUserId = invitedByUserId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public static Invitation ofPartner(long clientId, String tokenHash, String email, long invitedBy, Instant now,
                                       Instant expiresAt) {
        Invitation invitation = new Invitation(InvitationKind.PARTNER, tokenHash, email, invitedBy, now, expiresAt);
        invitation.clientId = clientId;
        return invitation;
    }

    public static Invitation toPortal(long portalId, long membershipId, String tokenHash, String email, long invitedBy,
                                      Instant now, Instant expiresAt) {
        Invitation invitation = new Invitation(InvitationKind.PORTAL_USER, tokenHash, email, invitedBy, now, expiresAt);
        invitation.portalId = portalId;
        invitation.membershipId = membershipId;
        return invitation;
    }

    /** An existing login is asked to join the portal with the membership made for it. */
    public static Invitation toJoinPortal(long portalId, long membershipId, String tokenHash, String email, long invitedBy,
                                          Instant now, Instant expiresAt) {
        Invitation invitation = new Invitation(InvitationKind.PORTAL_JOIN, tokenHash, email, invitedBy, now, expiresAt);
        invitation.portalId = portalId;
        invitation.membershipId = membershipId;
        return invitation;
    }

    /** An existing login is asked to join the client account with the membership made for it. */
    public static Invitation toJoinClient(long clientId, long clientMembershipId, String tokenHash, String email,
                                          long invitedBy, Instant now, Instant expiresAt) {
        Invitation invitation = new Invitation(InvitationKind.CLIENT_JOIN, tokenHash, email, invitedBy, now, expiresAt);
        invitation.clientId = clientId;
        invitation.clientMembershipId = clientMembershipId;
        return invitation;
    }

    public InvitationStatus statusAt(Instant now) {
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
    }

    public void accept(long userId, Long portalId, Instant now) {
        this.acceptedAt = now;
        this.acceptedByUserId = userId;
        if (portalId != null) {
            this.portalId = portalId;
        }
    }

    public void revoke(Instant now) {
        if (acceptedAt == null && revokedAt == null) {
            this.revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public InvitationKind getKind() {
        return kind;
    }

    public String getEmail() {
        return email;
    }

    public long getInvitedByUserId() {
        return invitedByUserId;
    }

    public Long getClientId() {
        return clientId;
    }

    public Long getPortalId() {
        return portalId;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public Long getClientMembershipId() {
        return clientMembershipId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
