package org.switchboard.earnings.control;

import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A portal's payout balance at a period's cut-off, per currency, and what the run does with it: the
 * one computation behind the payout run, the operator's preview and the partner's Welcome snapshot.
 * The balance is the sum of the unpaid earnings available before the cut-off, summed in the
 * database; the threshold is that of the plan version in force at the cut-off (no plan: any positive
 * balance is paid); {@link PayoutRule} decides.
 * <p>
 * The run counts AVAILABLE earnings only, because its first step has released every earning whose
 * hold ended by today, and a period is run only once it is over: no earning available before the
 * cut-off is still PENDING then. A forecast (the preview, the snapshot) is made before that release
 * and counts PENDING ones too; {@code LedgerPropertiesTest} checks that the preview made before each
 * run is exactly what the run then pays.
 */
public final class PayoutBalances {

    /** One portal's balance in one currency at the cut-off, and the decision on it. */
    public record Balance(long portalId, String portalName, Money available, int earnings, Money threshold,
                          boolean pays, String reason) {
    }

    /** The run's sums over a chunk of portals (ids ?1 to ?2), cut-off ?3; the benchmark times this one. */
    public static final String RUN_SQL = "SELECT portal_id, currency, SUM(amount), COUNT(*) FROM earning "
            + "WHERE portal_id BETWEEN ?1 AND ?2 AND status = 'AVAILABLE' AND available_on < ?3 "
            + "GROUP BY portal_id, currency ORDER BY portal_id, currency";

    /** What the period (?1) paid already among a chunk of portals (?2 to ?3): a payout is unique per currency. */
    static final String PAID_ALREADY_SQL = "SELECT portal_id, currency FROM payout WHERE period = ?1 "
            + "AND portal_id BETWEEN ?2 AND ?3";

    /*
     * The forecast, by portal name: pending and available earnings before the cut-off (?2), and
     * whether the period (?1) paid that portal already (the payout is unique, so the join adds no rows).
     */
    private static final String FORECAST_SELECT = "SELECT e.portal_id, o.name, e.currency, SUM(e.amount), COUNT(*), "
            + "COUNT(p.id) FROM earning e JOIN portal o ON o.id = e.portal_id "
            + "LEFT JOIN payout p ON p.portal_id = e.portal_id AND p.currency = e.currency AND p.period = ?1 "
            + "WHERE e.status IN ('PENDING', 'AVAILABLE') AND e.available_on < ?2";
    private static final String FORECAST_GROUPS = " GROUP BY e.portal_id, o.name, e.currency "
            + "ORDER BY o.name, e.portal_id, e.currency";
    static final String FORECAST_SQL = FORECAST_SELECT + FORECAST_GROUPS;
    static final String FORECAST_OF_PORTAL_SQL = FORECAST_SELECT + " AND e.portal_id = ?3" + FORECAST_GROUPS;

    // Ordered by date, so the version in force at the cut-off is the last one read.
    private static final String THRESHOLDS = "SELECT portal_id, threshold, currency FROM commission_plan WHERE ";
    private static final String THRESHOLDS_ORDER = " ORDER BY portal_id, effective_from";

    private PayoutBalances() {
    }

    /** What the run pays a chunk of portals, ids {@code first} to {@code last}: the balances it pays, in id order. */
    public static List<Balance> toPay(LedgerSql db, PayoutPeriod period, long first, long last) {
        Map<Long, Money> thresholds = thresholds(db.rows(THRESHOLDS + "portal_id BETWEEN ?1 AND ?2 AND effective_from < ?3"
                + THRESHOLDS_ORDER, first, last, period.cutOff()));
        Set<String> paidAlready = new HashSet<>();
        db.rows(PAID_ALREADY_SQL, period.code(), first, last)
                .forEach(row -> paidAlready.add(key(number(row[0]), text(row[1]))));
        List<Balance> pay = new ArrayList<>();
        for (Object[] row : db.rows(RUN_SQL, first, last, period.cutOff())) {
            long portalId = number(row[0]);
            String currency = text(row[1]);
            Balance balance = decide(period, portalId, null, Money.of(decimal(row[2]), currency), (int) number(row[3]),
                    thresholds, paidAlready.contains(key(portalId, currency)));
            if (balance.pays()) {
                pay.add(balance);
            }
        }
        return pay;
    }

    /** One page of the forecast of every portal with unpaid earnings, ordered by portal name. */
    public static List<Balance> forecast(LedgerSql db, PayoutPeriod period, int first, int max) {
        List<Object[]> rows = db.page(FORECAST_SQL, first, max, period.code(), period.cutOff());
        if (rows.isEmpty()) {
            return List.of();
        }
        String ids = rows.stream().map(row -> String.valueOf(number(row[0]))).distinct().collect(Collectors.joining(", "));
        // The ids are the database's numbers, inlined: a page holds few.
        return forecast(period, rows, thresholds(db.rows(THRESHOLDS + "portal_id IN (" + ids + ") AND effective_from < ?1"
                + THRESHOLDS_ORDER, period.cutOff())));
    }

    /** The whole forecast (two queries however many portals: an IN list could outgrow the drivers' limits). */
    public static List<Balance> forecast(LedgerSql db, PayoutPeriod period) {
        return forecast(period, db.rows(FORECAST_SQL, period.code(), period.cutOff()),
                thresholds(db.rows(THRESHOLDS + "effective_from < ?1" + THRESHOLDS_ORDER, period.cutOff())));
    }

    /**
     * What one portal would be paid at the period's cut-off in the currency of its plan in force then,
     * and why; empty when it has no plan then.
     */
    public static Optional<Balance> forecastOf(LedgerSql db, PayoutPeriod period, long portalId, String portalName) {
        Money threshold = thresholds(db.rows(THRESHOLDS + "portal_id = ?1 AND effective_from < ?2" + THRESHOLDS_ORDER,
                portalId, period.cutOff())).get(portalId);
        if (threshold == null) {
            return Optional.empty();
        }
        String currency = threshold.currency().getCurrencyCode();
        for (Balance balance : forecast(period, db.rows(FORECAST_OF_PORTAL_SQL, period.code(), period.cutOff(), portalId),
                Map.of(portalId, threshold))) {
            if (balance.available().currency().equals(threshold.currency())) {
                return Optional.of(balance);
            }
        }
        boolean paidAlready = db.rows(PAID_ALREADY_SQL, period.code(), portalId, portalId).stream()
                .anyMatch(row -> text(row[1]).equals(currency));
        return Optional.of(decide(period, portalId, portalName, Money.of(BigDecimal.ZERO, currency), 0,
                Map.of(portalId, threshold), paidAlready));
    }

    private static List<Balance> forecast(PayoutPeriod period, List<Object[]> rows, Map<Long, Money> thresholds) {
        List<Balance> lines = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            lines.add(decide(period, number(row[0]), (String) row[1], Money.of(decimal(row[3]), text(row[2])),
                    (int) number(row[4]), thresholds, number(row[5]) > 0));
        }
        return lines;
    }

    private static Balance decide(PayoutPeriod period, long portalId, String name, Money available, int earnings,
                                  Map<Long, Money> thresholds, boolean paidAlready) {
        Money threshold = thresholds.getOrDefault(portalId, new Money(BigDecimal.ZERO, available.currency()));
        PayoutRule.Decision decision = PayoutRule.decide(period, available, threshold, paidAlready);
        return new Balance(portalId, name, available, earnings, threshold, decision.pay(), decision.reason());
    }

    private static Map<Long, Money> thresholds(List<Object[]> rows) {
        Map<Long, Money> thresholds = new HashMap<>();
        rows.forEach(row -> thresholds.put(number(row[0]), Money.of(decimal(row[1]), text(row[2]))));
        return thresholds;
    }

    private static String key(long portalId, String currency) {
        return portalId + "/" + currency;
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    // CHAR columns come back padded on some databases.
    static String text(Object value) {
        return ((String) value).strip();
    }

    static BigDecimal decimal(Object sum) {
        return sum instanceof BigDecimal value ? value : new BigDecimal(sum.toString());
    }
}
