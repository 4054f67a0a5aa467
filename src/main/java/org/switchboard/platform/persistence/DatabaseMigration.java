package org.switchboard.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything else uses the database. Flyway owns the schema;
 * EclipseLink never generates DDL. Flyway's own lock makes concurrent starts of several servers safe.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "jdbc/switchboard";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    private volatile boolean done;

    @PostConstruct
    void migrateOnStartup() {
        MigrateResult result = migrate(dataSource, null);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        done = true;
    }

    /**
     * Migrates the given database, in the named schema when one is given (created if missing).
     * Portable migrations live in db/migration; a database's own extras (PostgreSQL's search
     * indexes) in db/vendor/NAME.
     */
    public static MigrateResult migrate(DataSource dataSource, String schema) {
        var configuration = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locationsFor(dataSource));
        if (schema != null) {
            configuration.schemas(schema).createSchemas(true);
        }
        return configuration.load().migrate();
    }

    private static String[] locationsFor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if ("PostgreSQL".equalsIgnoreCase(product)) {
                return new String[]{"classpath:db/migration", "classpath:db/vendor/postgresql"};
            }
            return new String[]{"classpath:db/migration"};
        } catch (SQLException unreachable) {
            throw new IllegalStateException("Cannot reach the database to migrate it", unreachable);
        }
    }

    public boolean isDone() {
        return done;
    }
}
