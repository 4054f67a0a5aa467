package org.switchboard.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.switchboard.platform.persistence.DatabaseMigration;

import java.sql.Connection;
import javax.sql.DataSource;

/** Ready once the schema is migrated and the database answers (the demo data has a check of its own). */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    ApplicationStart start;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("switchboard-database");
        if (!start.isFinished() || !migration.isDone()) {
            return response.down().withData("reason", "starting").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(2)).build();
        } catch (Exception unreachable) {
            return response.down().withData("reason", "database unreachable").build();
        }
    }
}
