package org.switchboard.platform.tenancy;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * When the password this session signed in with was set. Once the login's password changes (its
 * owner changed or reset it, perhaps because someone else knew it), every other session of the login
 * is over at its next request; the session that made the change takes the new stamp.
 */
@SessionScoped
public class SessionCredentials implements Serializable {

    private static final long serialVersionUID = 1L;

    private Instant passwordSetAt;
    private boolean known;

    /** At sign-in, and in the session that changed the password. */
    public void signedInWith(Instant passwordSetAt) {
        this.passwordSetAt = passwordSetAt;
        this.known = true;
    }

    /**
     * Whether the login still has the password this session signed in with. A session from before
     * this check existed has no stamp yet and takes the current one.
     */
    public boolean stillCurrent(Instant loginPasswordSetAt) {
        if (!known) {
            signedInWith(loginPasswordSetAt);
            return true;
        }
        return Objects.equals(passwordSetAt, loginPasswordSetAt);
    }
}
