package org.switchboard.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.switchboard.platform.health.ApplicationStart;

/** Not ready while the demo data is still being loaded: signing in with a demo login would fail. */
@Readiness
@ApplicationScoped
public class DemoDataReadiness implements HealthCheck {

    @Inject
    DemoData demoData;

    @Inject
    ApplicationStart start;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("switchboard-demo-data");
        return start.isFinished() && demoData.isSettled() ? response.up().build() : response.down().withData("reason", "loading").build();
    }
}
