package org.switchboard.demo;

import jakarta.enterprise.context.ApplicationScoped;
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

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("switchboard-demo-data");
        return demoData.isSettled() ? response.up().build() : response.down().withData("reason", "loading").build();
    }
}
