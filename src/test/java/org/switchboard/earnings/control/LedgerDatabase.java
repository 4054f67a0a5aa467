package org.switchboard.earnings.control;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh in-memory H2 database migrated by the application's own Flyway migrations, on which unit
 * tests run the ledger's real statements through {@link LedgerSql}, as the container does through
 * JPA's native queries.
 */
public final class LedgerDatabase implements LedgerSql, AutoCloseable {

    private final Connection connection;

    private LedgerDatabase(Connection connection) {
        this.connection = connection;
    }

    public static LedgerDatabase migrated() {
        String url = "jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure(LedgerDatabase.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration").load().migrate();
        try {
            return new LedgerDatabase(DriverManager.getConnection(url, "sa", ""));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Object[]> rows(String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int column = 0; column < columns; column++) {
                    row[column] = result.getObject(column + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public List<Object[]> page(String sql, int first, int max, Object... parameters) {
        List<Object[]> all = rows(sql, parameters);
        return all.subList(Math.min(first, all.size()), Math.min(all.size(), first + max));
    }

    @Override
    public int update(String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs {@code work} in one transaction, as a boundary method does; rolls back when it throws. */
    public void inTransaction(Runnable work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (RuntimeException failed) {
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        // JPA's numbered parameters (?1, ?2 …, each once and in order) as JDBC's.
        PreparedStatement statement = connection.prepareStatement(sql.replaceAll("\\?\\d+", "?"));
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, LedgerSql.bindable(parameters[i]));
        }
        return statement;
    }

    @Override
    public void close() {
        try {
            update("SHUTDOWN");
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
