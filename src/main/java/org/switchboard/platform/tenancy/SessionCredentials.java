package org.switchboard.platform.tenancy;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * When the password this session signed in with was set, and when it signed in. Once the login's
 * password changes (its owner changed or reset it, perhaps because someone else knew it), every
 * other session of the login is over at its next request; the session that made the change takes
 * the new stamp. An operator's "Sign out everywhere" ends every session that signed in before it.
 */
@SessionScoped
public class SessionCredentials implements Serializable {

    private static final long serialVersionUID = 1L;

    private Instant passwordSetAt;
    private Instant signedInAt;
    private boolean known;

    /** At sign-in. */
    public void signedInWith(Instant passwordSetAt, Instant at) {
        this.passwordSetAt = passwordSetAt;
        this.signedInAt = at;
        this.known = true;
    }

    /** In the session that changed the password: it goes on with the new one. */
    public void passwordChanged(Instant passwordSetAt) {
        this.passwordSetAt = passwordSetAt;
    }

    /**
     * Whether the login still has the password this session signed in with, and no one ended its
     * sessions since. A session from before these checks existed has no stamp yet and takes the
     * current ones.
     */
    public boolean stillCurrent(Instant loginPasswordSetAt, Instant sessionsEndedAt, Instant now) {
        if (!known) {
            signedInWith(loginPasswordSetAt, now);
            return true;
        }
        boolean endedSince = sessionsEndedAt != null && (signedInAt == null || !signedInAt.isAfter(sessionsEndedAt));
        return Objects.equals(passwordSetAt, loginPasswordSetAt) && !endedSince;
    }
}
