package org.switchboard.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.switchboard.platform.demo.DemoData;
import org.switchboard.platform.persistence.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;

/** Ready once the schema is migrated, any demo data is loaded and the database answers. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Inject
    DemoData demoData;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("switchboard-database");
        if (!migration.isDone() || !demoData.isSettled()) {
            return response.down().withData("reason", "starting").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(2)).build();
        } catch (Exception unreachable) {
            return response.down().withData("reason", "database unreachable").build();
        }
    }
}
