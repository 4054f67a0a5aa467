package org.switchboard.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the demo data is still being loaded: signing in with a demo login would fail. */
@Readiness
@ApplicationScoped
public class DemoDataReadiness implements HealthCheck {

    @Inject
    DemoData demoData;

    /** As in ReadinessCheck: the loading bean is not asked before the application is up. */
    private volatile boolean applicationStarted;

    void applicationStarted(@Observes @Initialized(ApplicationScoped.class) Object application) {
        applicationStarted = true;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("switchboard-demo-data");
        return applicationStarted && demoData.isSettled() ? response.up().build() : response.down().withData("reason", "loading").build();
    }
}
