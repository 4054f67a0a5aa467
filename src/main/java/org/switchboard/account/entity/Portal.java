package org.switchboard.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A parent account: the portal from which partners manage many client accounts. */
@Entity
public class Portal {

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private PortalKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Verification verification = Verification.PENDING;

    /** Whether its clients may share candidates with one another; the operator decides. */
    @Column(name = "candidate_sharing")
    private boolean candidateSharing;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /**
     * The portal's own demo client account, kept out of every figure of the portal. Written by
     * DemoClients in plain SQL, so that giving a portal its demo account never collides with a
     * person editing the portal.
     */
    @Column(name = "demo_client_id", insertable = false, updatable = false)
    private Long demoClientId;

    @Version
    private long version;

    protected Portal() {
    }

    public Portal(String name, PortalKind kind, Instant createdAt) {
        this.name = name;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public PortalKind getKind() {
        return kind;
    }

    public void changeKind(PortalKind kind) {
        this.kind = kind;
    }

    public Verification getVerification() {
        return verification;
    }

    public void verify() {
        this.verification = Verification.VERIFIED;
    }

    public void reject() {
        this.verification = Verification.REJECTED;
    }

    public boolean isCandidateSharing() {
        return candidateSharing;
    }

    public void shareCandidates(boolean on) {
        this.candidateSharing = on;
    }

    public Long getDemoClientId() {
        return demoClientId;
    }

    public void demoAccount(long clientId) {
        this.demoClientId = clientId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
