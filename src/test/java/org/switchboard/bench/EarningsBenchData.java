package org.switchboard.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The rows of the earnings benchmark (see EarningsBenchmark), loaded with COPY into a freshly
 * migrated database: {@value #PORTALS} channel portals of {@value #CLIENTS_PER_PORTAL} clients with
 * one subscription each, a commission plan per portal (a third with a second version, some with
 * volume tiers, thresholds from none to more than most portals earn, a tenth paying in USD),
 * monthly exchange rates, and {@value #SALES} sales over the past year: NEW, RENEWAL and UPGRADE
 * charges in EUR, GBP or USD, about 1 in 100 for nothing, and refunds of earlier charges.
 */
final class EarningsBenchData {

    static final int PORTALS = 10_000;
    static final int CLIENTS_PER_PORTAL = 20;
    static final int CLIENTS = PORTALS * CLIENTS_PER_PORTAL;
    static final int SALES = 1_000_000;
    static final int REFUNDS = 30_000;
    private static final int CHARGES = SALES - REFUNDS;
    private static final int BATCH = 100_000;
    private static final String[] CURRENCIES = {"EUR", "GBP", "USD"};
    private static final String[][] RATES = {{"GBP", "EUR", "1.1500"}, {"USD", "EUR", "0.9200"}, {"EUR", "USD", "1.0850"},
            {"GBP", "USD", "1.2700"}};
    private static final BigDecimal[] THRESHOLDS = {BigDecimal.ZERO, new BigDecimal("25.00"), new BigDecimal("100.00"),
            new BigDecimal("250.00"), new BigDecimal("1000.00"), new BigDecimal("50000.00")};
    private static final int[] HOLD_DAYS = {0, 14, 30, 45};
    private static final int[] CLAWBACK_DAYS = {30, 60, 90};
    private static final int[] SEAT_PRICES = {600, 900, 1400};

    private final SplittableRandom random = new SplittableRandom(2026);
    private final Instant now;
    private final LocalDate today;

    EarningsBenchData(Instant now) {
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    void load(Connection connection) throws Exception {
        connection.setAutoCommit(false);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String created = ts(now.getEpochSecond() - 500L * 86_400);
        copy(copy, "app_user (id, email, first_name, last_name, password_hash, active, must_change_password, failed_logins, "
                + "locked_until, last_login_at, created_at, version)", 1,
                (i, row) -> row.append("1,bench.operator@bench.example,Bench,Operator,,true,false,0,,,").append(created)
                        .append(",1"));
        copy(copy, "portal (id, name, kind, verification, created_at, version)", PORTALS,
                (i, row) -> row.append(i + 1).append(",Channel portal ").append(i + 1).append(",CHANNEL_PARTNER,VERIFIED,")
                        .append(created).append(",1"));
        boolean[] cancelled = new boolean[CLIENTS];
        for (int p = 0; p < PORTALS; p++) {
            // Each portal loses a different share of its clients, so that the volume tiers are reached or not.
            double loses = random.nextDouble() * 0.8;
            for (int c = 0; c < CLIENTS_PER_PORTAL; c++) {
                cancelled[p * CLIENTS_PER_PORTAL + c] = random.nextDouble() < loses;
            }
        }
        int[] clientCurrency = new int[CLIENTS];
        for (int c = 0; c < CLIENTS; c++) {
            int roll = random.nextInt(100);
            clientCurrency[c] = roll < 95 ? 0 : roll < 98 ? 1 : 2;
        }
        copy(copy, "client_account (id, name, plan_code, status, seats, portal_id, allow_partner_login, created_at, version, "
                + "name_key, users_count, open_jobs_count, recent_candidates_count, last_activity_at, trial_ends_at)", CLIENTS,
                (i, row) -> row.append(i + 1).append(",Client ").append(i + 1).append(",growth,")
                        .append(cancelled[i] ? "CANCELLED" : "ACTIVE").append(",10,").append(i / CLIENTS_PER_PORTAL + 1)
                        .append(",true,").append(created).append(",1,client ").append(i + 1).append(",1,0,0,").append(created)
                        .append(','));
        LocalDate anchor = today.minusDays(400);
        copy(copy, "subscription (id, client_id, plan_id, seats, billing, seat_price, currency, anchor_date, period_index, "
                + "period_start, period_end, status, next_plan_id, next_seats, created_at, version)", CLIENTS,
                (i, row) -> row.append(i + 1).append(',').append(i + 1).append(",2,10,MONTHLY,9.00,")
                        .append(CURRENCIES[clientCurrency[i]]).append(',').append(anchor).append(",0,").append(anchor).append(',')
                        .append(anchor.plusMonths(1)).append(',').append(cancelled[i] ? "CANCELLED" : "ACTIVE").append(",,,")
                        .append(created).append(",1"));
        plans(copy, created);
        StringBuilder rates = new StringBuilder();
        int rateId = 0;
        for (String[] pair : RATES) {
            for (LocalDate from = today.minusDays(420); from.isBefore(today); from = from.plusDays(30)) {
                BigDecimal rate = new BigDecimal(pair[2]).add(BigDecimal.valueOf(random.nextInt(401) - 200, 4));
                rates.append(++rateId).append(',').append(pair[0]).append(',').append(pair[1]).append(',').append(from)
                        .append(',').append(rate.toPlainString()).append(",1,").append(created).append('\n');
            }
        }
        copy.copyIn("COPY exchange_rate (id, from_currency, to_currency, valid_from, rate, created_by, created_at) FROM STDIN "
                + "WITH (FORMAT csv)", new StringReader(rates.toString()));
        sales(copy, clientCurrency);
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            for (String table : new String[]{"portal", "client_account", "subscription", "commission_plan", "commission_tier",
                    "exchange_rate", "sale"}) {
                statement.execute("VACUUM (ANALYZE) " + table);
            }
        }
    }

    /** Version 1 from 400 days ago for every portal; for a third, version 2 from 120 days ago (ids PORTALS + p). */
    private void plans(CopyManager copy, String created) throws Exception {
        StringBuilder plans = new StringBuilder(PORTALS * 200);
        StringBuilder tiers = new StringBuilder();
        for (int p = 1; p <= PORTALS; p++) {
            String currency = random.nextInt(10) == 0 ? "USD" : "EUR";
            BigDecimal threshold = THRESHOLDS[random.nextInt(THRESHOLDS.length)];
            int versions = random.nextInt(3) == 0 ? 2 : 1;
            for (int v = 0; v < versions; v++) {
                long id = v == 0 ? p : PORTALS + p;
                plans.append(id).append(',').append(p).append(',').append(today.minusDays(v == 0 ? 400 : 120)).append(',')
                        .append(percent(1000, 3000)).append(',').append(percent(500, 1500)).append(',')
                        .append(percent(500, 2000)).append(",0.00,").append(HOLD_DAYS[random.nextInt(HOLD_DAYS.length)])
                        .append(',').append(CLAWBACK_DAYS[random.nextInt(CLAWBACK_DAYS.length)]).append(',')
                        .append(threshold.toPlainString()).append(',').append(currency).append(",1,").append(created).append('\n');
                if (random.nextInt(5) < 2) {
                    tiers.append(id).append(",5,2.50\n").append(id).append(",15,").append(percent(300, 800)).append('\n');
                }
            }
        }
        copy.copyIn("COPY commission_plan (id, portal_id, effective_from, rate_new, rate_renewal, rate_upgrade, referral_bounty, "
                + "hold_days, clawback_days, threshold, currency, created_by, created_at) FROM STDIN WITH (FORMAT csv)",
                new StringReader(plans.toString()));
        copy.copyIn("COPY commission_tier (commission_plan_id, min_clients, bonus_points) FROM STDIN WITH (FORMAT csv)",
                new StringReader(tiers.toString()));
    }

    /**
     * Charges at random times of the past year and refunds after some of them, numbered in time
     * order so that a refund always comes after the charge it refunds.
     */
    private void sales(CopyManager copy, int[] clientCurrency) throws Exception {
        long nowSecond = now.getEpochSecond();
        long yearAgo = nowSecond - 365L * 86_400;
        int[] client = new int[SALES];
        long[] at = new long[SALES];
        long[] cents = new long[SALES];
        int[] refunds = new int[SALES];
        Arrays.fill(refunds, -1);
        for (int s = 0; s < CHARGES; s++) {
            client[s] = random.nextInt(CLIENTS);
            at[s] = yearAgo + random.nextLong(365L * 86_400 - 86_400);
            int roll = random.nextInt(100);
            cents[s] = roll == 0 ? 0 : (1 + random.nextInt(40)) * (long) SEAT_PRICES[random.nextInt(3)]
                    * (roll < 10 ? 10 : 1);
        }
        boolean[] refunded = new boolean[CHARGES];
        for (int s = CHARGES; s < SALES; s++) {
            int charge;
            do {
                charge = random.nextInt(CHARGES);
            } while (refunded[charge]);
            refunded[charge] = true;
            refunds[s] = charge;
            client[s] = client[charge];
            long latest = Math.min(150L * 86_400, nowSecond - 60 - at[charge]);
            at[s] = at[charge] + 1 + random.nextLong(latest);
            long full = cents[charge];
            cents[s] = random.nextBoolean() || full == 0 ? -full : -(1 + random.nextLong(full));
        }
        // Ids in time order: sorting (time, index) packed into one long.
        long[] order = new long[SALES];
        for (int s = 0; s < SALES; s++) {
            order[s] = ((at[s] - yearAgo) << 21) | s;
        }
        Arrays.sort(order);
        int[] idOf = new int[SALES];
        for (int rank = 0; rank < SALES; rank++) {
            idOf[(int) (order[rank] & ((1 << 21) - 1))] = rank + 1;
        }
        boolean[] hasBought = new boolean[CLIENTS];
        copy(copy, "sale (id, natural_key, type, portal_id, client_id, subscription_id, amount, currency, occurred_at, "
                + "description, refunds_sale_id)", SALES, (rank, row) -> {
            int s = (int) (order[rank] & ((1 << 21) - 1));
            int c = client[s];
            String type;
            if (refunds[s] >= 0) {
                type = "REFUND";
            } else if (!hasBought[c]) {
                type = "NEW";
                hasBought[c] = true;
            } else {
                type = random.nextInt(100) < 85 ? "RENEWAL" : "UPGRADE";
            }
            row.append(rank + 1).append(",bench-").append(rank + 1).append(',').append(type).append(',')
                    .append(c / CLIENTS_PER_PORTAL + 1).append(',').append(c + 1).append(',').append(c + 1).append(',')
                    .append(BigDecimal.valueOf(cents[s], 2).toPlainString()).append(',').append(CURRENCIES[clientCurrency[c]])
                    .append(',').append(ts(at[s])).append(',').append(type.toLowerCase()).append(',')
                    .append(refunds[s] >= 0 ? Integer.toString(idOf[refunds[s]]) : "");
        });
    }

    private String percent(int fromHundredths, int toHundredths) {
        return BigDecimal.valueOf(fromHundredths + random.nextInt(toHundredths - fromHundredths + 1), 2).toPlainString();
    }

    interface RowWriter {
        void write(int index, StringBuilder row);
    }

    static void copy(CopyManager copy, String target, int rows, RowWriter writer) throws Exception {
        StringBuilder batch = new StringBuilder(BATCH * 160);
        for (int i = 0; i < rows; i++) {
            writer.write(i, batch);
            batch.append('\n');
            if ((i + 1) % BATCH == 0 || i == rows - 1) {
                copy.copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv)", new StringReader(batch.toString()));
                batch.setLength(0);
            }
        }
    }

    static String ts(long epochSecond) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC).toString();
    }
}
