package org.switchboard.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Publishes the number of SQL statements the application has sent as the MicroProfile metric
 * {@code switchboard_sql_statements} (at /metrics): an operator sees the database load it makes,
 * and the Accounts benchmark, the only client while it runs, divides the growth by its requests to
 * print the statements per request beside the times.
 */
@ApplicationScoped
public class StatementMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object application) {
        registry.gauge("switchboard.sql.statements", StatementCounter::total);
    }
}
