package org.switchboard.identity.boundary;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * Carries the identity store's verdict back to the login page within the same request, so the page
 * can say "locked" rather than only "failed".
 */
@RequestScoped
public class LoginOutcome {

    private LoginResult result;

    public void set(LoginResult result) {
        this.result = result;
    }

    public Optional<LoginResult> result() {
        return Optional.ofNullable(result);
    }
}
