package org.switchboard.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.identity.control.Throttle;

import java.time.Duration;

/**
 * The sign-in throttles as configured. Per login and address: the 5th wrong password in a row holds
 * that login back from that address for 15 minutes, each further one twice as long (at most 4
 * hours). Per address, whatever the logins: 50 free failures, then a wait from one second that
 * doubles (at most 15 minutes), which slows a password spray to a crawl. Both forget after a day
 * without failures.
 */
@ApplicationScoped
public class LoginPolicy {

    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    @Inject
    @ConfigProperty(name = "switchboard.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "switchboard.login.lockout-minutes", defaultValue = "15")
    long lockoutMinutes;

    @Inject
    @ConfigProperty(name = "switchboard.login.address-free-failures", defaultValue = "50")
    int addressFreeFailures;

    public Throttle perLoginAndAddress() {
        Duration first = Duration.ofMinutes(lockoutMinutes);
        return new Throttle(Math.max(0, maxFailures - 1), first, first.multipliedBy(16), FORGET_AFTER);
    }

    public Throttle perAddress() {
        return new Throttle(addressFreeFailures, Duration.ofSeconds(1), Duration.ofMinutes(15), FORGET_AFTER);
    }
}
