package org.switchboard.platform.persistence;

import jakarta.annotation.Resource;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Flyway migrations build the whole schema on an empty database, once. */
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void migrationsBuildTheSchemaOnAnEmptyDatabaseAndRunOnlyOnce() throws SQLException {
        String schema = "empty_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            MigrateResult first = DatabaseMigration.migrate(dataSource, schema);
            assertTrue(first.migrationsExecuted >= 1);
            assertEquals(0, DatabaseMigration.migrate(dataSource, schema).migrationsExecuted);

            Set<String> tables = tablesIn(schema);
            assertTrue(tables.containsAll(Set.of("portal", "client_account", "app_user", "portal_membership",
                    "portal_membership_client", "client_membership", "platform_operator", "audit_event")), tables.toString());
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA \"" + schema + "\" CASCADE");
            }
        }
    }

    private Set<String> tablesIn(String schema) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String candidate : new String[]{schema, schema.toUpperCase(Locale.ROOT)}) {
                try (ResultSet rows = connection.getMetaData().getTables(null, candidate, "%", new String[]{"TABLE"})) {
                    while (rows.next()) {
                        tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return tables;
    }
}
