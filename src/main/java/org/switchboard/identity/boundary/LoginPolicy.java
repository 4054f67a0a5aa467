package org.switchboard.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.identity.control.LoginLockout;

import java.time.Duration;

/** The lockout rule as configured: 5 wrong passwords lock a login for 15 minutes unless set otherwise. */
@ApplicationScoped
public class LoginPolicy {

    @Inject
    @ConfigProperty(name = "switchboard.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "switchboard.login.lockout-minutes", defaultValue = "15")
    long lockoutMinutes;

    @Produces
    LoginLockout lockout() {
        return new LoginLockout(maxFailures, Duration.ofMinutes(lockoutMinutes));
    }
}
