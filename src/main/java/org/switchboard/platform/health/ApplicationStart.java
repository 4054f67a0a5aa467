package org.switchboard.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Whether the application has finished starting. Payara answers /health while the WAR is still
 * deploying: a probe that called an EJB then found its container half set up, and the failed start
 * of that singleton was final, so the server never became ready. The readiness checks ask nothing
 * of the application's beans before this says it is up.
 */
@ApplicationScoped
public class ApplicationStart {

    private volatile boolean finished;

    void finished(@Observes @Initialized(ApplicationScoped.class) Object application) {
        finished = true;
    }

    public boolean isFinished() {
        return finished;
    }
}
