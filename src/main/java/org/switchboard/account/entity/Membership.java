package org.switchboard.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import org.switchboard.identity.entity.User;

import java.time.Instant;

/**
 * What a person's place on a portal's staff and in a client account have in common: whose it is,
 * whether it works, and the acceptance an existing login gives before it does. The role, and what
 * it is a membership of, belong to each kind.
 */
@MappedSuperclass
public abstract class Membership {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    private boolean active = true;

    /** Made for a login that exists already: inactive until its owner accepts the invitation. */
    @Column(name = "awaiting_acceptance", nullable = false)
    private boolean awaitingAcceptance;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Membership() {
    }

    protected Membership(User user, Instant createdAt) {
        this.user = user;
        this.createdAt = createdAt;
    }

    public User getUser() {
        return user;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public boolean isAwaitingAcceptance() {
        return awaitingAcceptance;
    }

    /** Nothing of the membership works until the person accepts it. */
    public void awaitAcceptance() {
        this.active = false;
        this.awaitingAcceptance = true;
    }

    public void accepted() {
        this.awaitingAcceptance = false;
        this.active = true;
    }
}
