package org.switchboard.earnings.control;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * How the ledger's native statements reach a database: JPA's native queries in the container,
 * plain JDBC in {@code LedgerPropertiesTest}, so that both run the very same SQL. Statements number
 * their parameters ?1, ?2 … in order of appearance, each used once.
 */
public interface LedgerSql {

    /** The rows of a query, each as its columns (a one-column row too). */
    List<Object[]> rows(String sql, Object... parameters);

    /** At most {@code max} rows of a query from row {@code first} on. */
    List<Object[]> page(String sql, int first, int max, Object... parameters);

    /** Runs an INSERT, UPDATE or DELETE; returns the rows it changed. */
    int update(String sql, Object... parameters);

    /** A parameter as the drivers take it: days as SQL dates. */
    static Object bindable(Object parameter) {
        return parameter instanceof LocalDate day ? Date.valueOf(day) : parameter;
    }
}
