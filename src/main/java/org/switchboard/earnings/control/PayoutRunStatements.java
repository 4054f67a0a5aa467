package org.switchboard.earnings.control;

import org.switchboard.earnings.control.PayoutBalances.Balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The set-based statements of a payout run, run through a {@link LedgerSql}: by the container's
 * {@code PayoutLedger} and, on a database of its own, by {@code LedgerPropertiesTest}. Earnings move
 * only by conditional updates on their status, so a chunk repeated after a crash, or by a second
 * run, finds nothing left to pay.
 */
public final class PayoutRunStatements {

    /** Writes the payouts of a chunk's balances (flushed, so the update below sees them); returns their ids in order. */
    @FunctionalInterface
    public interface Issuer {
        List<Long> issue(List<Balance> balances);
    }

    public static final String RELEASE_SQL = "UPDATE earning SET status = 'AVAILABLE' WHERE status = 'PENDING' AND available_on <= ?1";
    public static final String PORTALS_TO_PAY_SQL = "SELECT DISTINCT portal_id FROM earning WHERE status = 'AVAILABLE' "
            + "AND available_on < ?1 AND portal_id > ?2 ORDER BY portal_id";

    private PayoutRunStatements() {
    }

    /**
     * Marks a chunk's available earnings paid by the payouts just made for them, in one statement:
     * going portal by portal would read and rewrite the same table pages once per portal, as a
     * portal's earnings lie scattered in time order. The payout ids are ours (numbers), inlined.
     */
    public static String markPaidSql(List<Long> payoutIds) {
        String ids = payoutIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String payoutOf = "FROM payout p WHERE p.portal_id = earning.portal_id AND p.currency = earning.currency "
                + "AND p.id IN (" + ids + ")";
        return "UPDATE earning SET status = 'PAID', payout_id = (SELECT p.id " + payoutOf + ") "
                + "WHERE portal_id BETWEEN ?1 AND ?2 AND status = 'AVAILABLE' AND available_on < ?3 "
                + "AND EXISTS (SELECT 1 " + payoutOf + ")";
    }

    /** Earnings whose hold has ended by {@code today} become available; returns how many. */
    public static int release(LedgerSql db, LocalDate today) {
        return db.update(RELEASE_SQL, today);
    }

    /** Portals with available earnings before the cut-off, after {@code afterPortalId}, in id order. */
    public static List<Long> portalsToPay(LedgerSql db, PayoutPeriod period, long afterPortalId) {
        List<Object[]> rows = db.rows(PORTALS_TO_PAY_SQL, period.cutOff(), afterPortalId);
        List<Long> portals = new ArrayList<>(rows.size());
        rows.forEach(row -> portals.add(PayoutBalances.number(row[0])));
        return portals;
    }

    /**
     * Pays one chunk of portals (ascending ids) for the period: per portal and currency, the whole
     * balance available before the cut-off when {@link PayoutBalances} says so, else nothing
     * (carried forward). Returns the balances paid.
     */
    public static List<Balance> pay(LedgerSql db, PayoutPeriod period, List<Long> portalIds, Issuer issuer) {
        if (portalIds.isEmpty()) {
            return List.of();
        }
        long first = portalIds.get(0);
        long last = portalIds.get(portalIds.size() - 1);
        Set<Long> chunk = new HashSet<>(portalIds);
        List<Balance> paid = PayoutBalances.toPay(db, period, first, last).stream()
                .filter(balance -> chunk.contains(balance.portalId())).toList();
        if (paid.isEmpty()) {
            return paid;
        }
        List<Long> payoutIds = issuer.issue(paid);
        int expected = paid.stream().mapToInt(Balance::earnings).sum();
        int marked = db.update(markPaidSql(payoutIds), first, last, period.cutOff());
        if (marked != expected) {
            // An earning moved between the sums and the update: undo the chunk, it is tried again.
            throw new IllegalStateException("Portals " + first + " to " + last + ": summed " + expected
                    + " earnings but marked " + marked + " as paid");
        }
        return paid;
    }
}
