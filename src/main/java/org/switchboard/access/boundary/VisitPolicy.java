package org.switchboard.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.access.control.VisitLimits;

import java.time.Duration;

/** The visit limits as configured: 30 minutes idle and 4 hours in all unless set otherwise. */
@ApplicationScoped
public class VisitPolicy {

    @Inject
    @ConfigProperty(name = "switchboard.access.idle-minutes", defaultValue = "30")
    long idleMinutes;

    @Inject
    @ConfigProperty(name = "switchboard.access.limit-minutes", defaultValue = "240")
    long limitMinutes;

    @Produces
    VisitLimits limits() {
        return new VisitLimits(Duration.ofMinutes(idleMinutes), Duration.ofMinutes(limitMinutes));
    }
}
