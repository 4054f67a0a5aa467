package org.switchboard.earnings.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.switchboard.earnings.control.LedgerSql;

import java.util.List;

/** The ledger's statements as native queries of the caller's persistence context and transaction. */
final class NativeLedgerSql implements LedgerSql {

    private final EntityManager em;

    NativeLedgerSql(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Object[]> rows(String sql, Object... parameters) {
        return columns(query(sql, parameters).getResultList());
    }

    @Override
    public List<Object[]> page(String sql, int first, int max, Object... parameters) {
        return columns(query(sql, parameters).setFirstResult(first).setMaxResults(max).getResultList());
    }

    @Override
    public int update(String sql, Object... parameters) {
        return query(sql, parameters).executeUpdate();
    }

    private Query query(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, LedgerSql.bindable(parameters[i]));
        }
        return query;
    }

    // A native query of one column answers the values themselves.
    private static List<Object[]> columns(List<?> rows) {
        return rows.stream().map(row -> row instanceof Object[] columns ? columns : new Object[]{row}).toList();
    }
}
