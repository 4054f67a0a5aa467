package org.switchboard.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.switchboard.identity.control.Throttle;

import java.time.Instant;

/** The failed sign-ins counted against one address, or one login from one address. */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "throttle_key", nullable = false, updatable = false)
    private String key;

    @Column(updatable = false)
    private String login;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key, String login) {
        this.key = key;
        this.login = login;
    }

    public Throttle.State state() {
        return new Throttle.State(failures, lastFailureAt, blockedUntil);
    }

    public void update(Throttle.State state) {
        this.failures = state.failures();
        this.lastFailureAt = state.lastFailureAt();
        this.blockedUntil = state.blockedUntil();
    }

    public String getKey() {
        return key;
    }
}
