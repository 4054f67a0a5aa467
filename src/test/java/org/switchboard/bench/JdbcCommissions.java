package org.switchboard.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.earnings.control.CommissionTerms;
import org.switchboard.earnings.control.EarningRules;
import org.switchboard.platform.kernel.Money;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Java path of the earnings benchmark: every sale read in keyset pages, its earning worked out
 * by the application's own rules exactly as {@code Commissions.earn} does (the plan version in
 * force on the sale's day, the exchange rate in force that day, the volume tier of the portal's
 * paying clients, {@link EarningRules} for the amount, dates and clawbacks), and the earnings of
 * each page written with COPY and committed. What the service looks up per sale (plan, rate,
 * paying clients) is read once here, as it does not change during the run.
 */
final class JdbcCommissions {

    private static final int PAGE = 10_000;
    private static final String COLUMNS = "earning (id, portal_id, kind, sale_id, client_id, reverses_earning_id, "
            + "commission_plan_id, base_amount, base_currency, exchange_rate, rate_percent, paying_clients, amount, currency, "
            + "earned_at, available_on, clawback_until, status)";

    private record PlanVersion(long id, CommissionTerms terms) {
    }

    private record Charge(long saleId, long portalId, long clientId, Money amount, OffsetDateTime at, SaleType type,
                          Long refundsSaleId) {
    }

    /** The refunded charge's commission, and the charge. */
    private record Earned(long id, Money amount, LocalDate clawbackUntil, LocalDate availableOn, long planId,
                          BigDecimal exchangeRate, BigDecimal ratePercent, long clientId, Money charge) {
    }

    private final Connection db;
    private final Map<Long, NavigableMap<LocalDate, PlanVersion>> plans = new HashMap<>();
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> rates = new HashMap<>();
    private final Map<Long, Integer> paying = new HashMap<>();
    private final Set<Long> channelPortals = new HashSet<>();
    private long nextId = 1;
    int earnings;
    int held;

    JdbcCommissions(Connection db) {
        this.db = db;
    }

    /** Works out every sale's earning; returns the number of earnings written. */
    int run() throws Exception {
        db.setAutoCommit(false);
        loadTerms();
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        long after = 0;
        try (PreparedStatement page = db.prepareStatement("SELECT id, type, portal_id, client_id, amount, currency, occurred_at, "
                + "refunds_sale_id FROM sale WHERE id > ? ORDER BY id LIMIT " + PAGE)) {
            while (true) {
                page.setLong(1, after);
                List<Charge> sales = new ArrayList<>(PAGE);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        long refunds = rows.getLong(8);
                        sales.add(new Charge(rows.getLong(1), rows.getLong(3), rows.getLong(4),
                                Money.of(rows.getBigDecimal(5), rows.getString(6).strip()), rows.getObject(7, OffsetDateTime.class),
                                SaleType.valueOf(rows.getString(2)), rows.wasNull() ? null : refunds));
                    }
                }
                if (sales.isEmpty()) {
                    break;
                }
                after = sales.get(sales.size() - 1).saleId();
                StringBuilder rows = new StringBuilder(PAGE * 200);
                List<Charge> refunds = new ArrayList<>();
                for (Charge sale : sales) {
                    if (sale.portalId() == 0 || !channelPortals.contains(sale.portalId())) {
                        continue;
                    }
                    if (sale.type() == SaleType.REFUND) {
                        refunds.add(sale);
                    } else {
                        commission(sale, rows);
                    }
                }
                write(copy, rows);
                // Refunds after the page's charges are written: a refund may follow its charge in the same page.
                clawBack(refunds, rows);
                write(copy, rows);
                db.commit();
            }
        }
        try (Statement statement = db.createStatement()) {
            statement.execute("SELECT setval('earning_seq', " + ((nextId / 50 + 2) * 50) + ")");
        }
        db.commit();
        db.setAutoCommit(true);
        return earnings;
    }

    private void commission(Charge sale, StringBuilder rows) {
        LocalDate day = sale.at().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        Map.Entry<LocalDate, PlanVersion> version = plans.getOrDefault(sale.portalId(), new TreeMap<>()).floorEntry(day);
        if (version == null || sale.amount().amount().signum() == 0) {
            return;
        }
        PlanVersion plan = version.getValue();
        CommissionTerms terms = plan.terms();
        String to = terms.currency().getCurrencyCode();
        BigDecimal exchange = rateOn(sale.amount().currency().getCurrencyCode(), to, day);
        if (exchange == null) {
            held++;
            return;
        }
        int clients = paying.getOrDefault(sale.portalId(), 0);
        CommissionTerms.AppliedRate rate = terms.rateFor(sale.type(), clients);
        Money amount = EarningRules.commission(sale.amount(), exchange, rate.percent(), terms.currency());
        LocalDate availableOn = EarningRules.availableOn(day, terms.holdDays());
        row(rows, sale.portalId(), "COMMISSION", sale.saleId(), sale.clientId(), null, plan.id(), sale.amount(), exchange,
                rate.percent(), clients, amount, sale.at(), day, availableOn, EarningRules.clawbackUntil(day, terms.clawbackDays()));
    }

    /** As {@code Commissions.clawBack}: the refunded charge's commission, reversed inside its window. */
    private void clawBack(List<Charge> refunds, StringBuilder rows) throws Exception {
        List<Long> charges = refunds.stream().map(Charge::refundsSaleId).filter(id -> id != null).toList();
        if (charges.isEmpty()) {
            return;
        }
        Map<Long, Earned> earned = new HashMap<>();
        try (PreparedStatement find = db.prepareStatement("SELECT e.sale_id, e.id, e.amount, e.currency, e.clawback_until, "
                + "e.available_on, e.commission_plan_id, e.exchange_rate, e.rate_percent, e.client_id, c.amount, c.currency "
                + "FROM earning e JOIN sale c ON c.id = e.sale_id WHERE e.kind = 'COMMISSION' AND e.sale_id = ANY (?)")) {
            Array ids = db.createArrayOf("bigint", charges.toArray());
            find.setArray(1, ids);
            try (ResultSet found = find.executeQuery()) {
                while (found.next()) {
                    earned.put(found.getLong(1), new Earned(found.getLong(2), Money.of(found.getBigDecimal(3),
                            found.getString(4).strip()), found.getDate(5).toLocalDate(), found.getDate(6).toLocalDate(),
                            found.getLong(7), found.getBigDecimal(8), found.getBigDecimal(9), found.getLong(10),
                            Money.of(found.getBigDecimal(11), found.getString(12).strip())));
                }
            }
        }
        for (Charge refund : refunds) {
            Earned original = refund.refundsSaleId() == null ? null : earned.get(refund.refundsSaleId());
            if (original == null) {
                continue;
            }
            LocalDate day = refund.at().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            if (!EarningRules.clawsBack(day, original.clawbackUntil())) {
                continue;
            }
            Money reversal = EarningRules.reversal(original.amount(), original.charge(), refund.amount());
            LocalDate availableOn = EarningRules.reversalAvailableOn(day, original.availableOn());
            row(rows, refund.portalId(), "CLAWBACK", refund.saleId(), original.clientId(), original.id(), original.planId(),
                    refund.amount(), original.exchangeRate(), original.ratePercent(), null, reversal, refund.at(), day,
                    availableOn, availableOn);
        }
    }

    private void row(StringBuilder rows, long portalId, String kind, long saleId, long clientId, Long reverses, long planId,
                     Money base, BigDecimal exchange, BigDecimal percent, Integer clients, Money amount, OffsetDateTime at,
                     LocalDate day, LocalDate availableOn, LocalDate clawbackUntil) {
        // As the Earning entity: pending while the hold lasts, else available at once.
        String status = availableOn.isAfter(day) ? "PENDING" : "AVAILABLE";
        rows.append(nextId++).append(',').append(portalId).append(',').append(kind).append(',').append(saleId).append(',')
                .append(clientId).append(',').append(reverses == null ? "" : reverses).append(',').append(planId).append(',')
                .append(base.amount().toPlainString()).append(',').append(base.currency().getCurrencyCode()).append(',')
                .append(exchange.toPlainString()).append(',').append(percent.toPlainString()).append(',')
                .append(clients == null ? "" : clients).append(',').append(amount.amount().toPlainString()).append(',')
                .append(amount.currency().getCurrencyCode()).append(',').append(at).append(',').append(availableOn).append(',')
                .append(clawbackUntil).append(',').append(status).append('\n');
        earnings++;
    }

    private void write(CopyManager copy, StringBuilder rows) throws Exception {
        if (!rows.isEmpty()) {
            copy.copyIn("COPY " + COLUMNS + " FROM STDIN WITH (FORMAT csv)", new StringReader(rows.toString()));
            rows.setLength(0);
        }
    }

    private BigDecimal rateOn(String from, String to, LocalDate day) {
        if (from.equals(to)) {
            return BigDecimal.ONE;
        }
        Map.Entry<LocalDate, BigDecimal> rate = rates.getOrDefault(from + to, new TreeMap<>()).floorEntry(day);
        return rate == null ? null : rate.getValue();
    }

    /** What {@code Commissions} reads per sale: plan versions with their tiers, exchange rates, paying clients. */
    private void loadTerms() throws Exception {
        Map<Long, List<CommissionTerms.Tier>> tiers = new HashMap<>();
        try (Statement statement = db.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT commission_plan_id, min_clients, bonus_points FROM commission_tier")) {
                while (rows.next()) {
                    tiers.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(new CommissionTerms.Tier(rows.getInt(2), rows.getBigDecimal(3)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT c.id, c.portal_id, c.effective_from, c.rate_new, c.rate_renewal, "
                    + "c.rate_upgrade, c.referral_bounty, c.hold_days, c.clawback_days, c.threshold, c.currency "
                    + "FROM commission_plan c JOIN portal p ON p.id = c.portal_id WHERE p.kind = 'CHANNEL_PARTNER'")) {
                while (rows.next()) {
                    String currency = rows.getString(11).strip();
                    CommissionTerms terms = new CommissionTerms(Map.of(SaleType.NEW, rows.getBigDecimal(4), SaleType.RENEWAL,
                            rows.getBigDecimal(5), SaleType.UPGRADE, rows.getBigDecimal(6)),
                            tiers.getOrDefault(rows.getLong(1), List.of()), Money.of(rows.getBigDecimal(7), currency),
                            rows.getInt(8), rows.getInt(9), Money.of(rows.getBigDecimal(10), currency));
                    plans.computeIfAbsent(rows.getLong(2), id -> new TreeMap<>())
                            .put(rows.getDate(3).toLocalDate(), new PlanVersion(rows.getLong(1), terms));
                    channelPortals.add(rows.getLong(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT from_currency, to_currency, valid_from, rate FROM exchange_rate")) {
                while (rows.next()) {
                    rates.computeIfAbsent(rows.getString(1).strip() + rows.getString(2).strip(), pair -> new TreeMap<>())
                            .put(rows.getDate(3).toLocalDate(), rows.getBigDecimal(4));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT c.portal_id, COUNT(*) FROM subscription s JOIN client_account c "
                    + "ON c.id = s.client_id WHERE s.status <> 'CANCELLED' GROUP BY c.portal_id")) {
                while (rows.next()) {
                    paying.put(rows.getLong(1), rows.getInt(2));
                }
            }
        }
    }
}
