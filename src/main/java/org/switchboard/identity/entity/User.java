package org.switchboard.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * One global identity per person, keyed by the normalised e-mail address. A person who is a portal
 * user and also works in client accounts has this one login for all of them.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.BY_EMAIL, query = "select u from User u where u.email = :email")
public class User {

    public static final String BY_EMAIL = "User.findByEmail";

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    /** Always normalised by {@link org.switchboard.platform.kernel.EmailAddress}. */
    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 100)
    @Column(name = "first_name")
    private String firstName;

    @NotBlank
    @Size(max = 100)
    @Column(name = "last_name")
    private String lastName;

    /** Null for a person who was invited and has not chosen a password yet. */
    @Column(name = "password_hash")
    private String passwordHash;

    /** When a chosen password was last set; null while an invited person has not chosen one. */
    @Column(name = "password_set_at")
    private Instant passwordSetAt;

    private boolean active = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Every session signed in before this moment is over ("Sign out everywhere"). */
    @Column(name = "sessions_ended_at")
    private Instant sessionsEndedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected User() {
    }

    public User(String normalisedEmail, String firstName, String lastName, Instant createdAt) {
        this.email = normalisedEmail;
        this.firstName = firstName;
        this.lastName = lastName;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** A password someone chose (the person, or an admin's temporary one), set at the given time. */
    public void setPassword(String passwordHash, boolean mustChangePassword, Instant at) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.passwordSetAt = at;
    }

    /** A login made for an invited person: no password anyone knows until they choose one. */
    public void awaitPassword(String unusableHash) {
        this.passwordHash = unusableHash;
        this.mustChangePassword = false;
        this.passwordSetAt = null;
    }

    /** The same password, hashed again with today's parameters (at a successful sign-in). */
    public void rehash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Whether the login ever got a chosen password: then no invitation may set one. */
    public boolean hasHadPassword() {
        return passwordSetAt != null;
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

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getSessionsEndedAt() {
        return sessionsEndedAt;
    }

    /** Ends every session of the login at its next request; signing in again starts a new one. */
    public void endSessions(Instant now) {
        this.sessionsEndedAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Locked by hand until a moment (sign-in refused whatever the password, and nobody signs in as them). */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Proving who they are another way (a link from their e-mail) lifts a lock from wrong passwords. */
    public void clearFailedLogins() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void recordSuccessfulLogin(Instant now) {
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.lastLoginAt = now;
    }
}
