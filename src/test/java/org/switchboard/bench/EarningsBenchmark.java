package org.switchboard.bench;

import org.postgresql.ds.PGSimpleDataSource;
import org.switchboard.earnings.boundary.PayoutLedger;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.control.PayoutRunStatements;
import org.switchboard.platform.persistence.DatabaseMigration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times the earnings of 1,000,000 sales over 10,000 channel portals and the monthly payout run
 * over them, each beside the same result computed by one set-based SQL statement as the floor,
 * and checks that both agree. Never run by the tests: {@code mvn -Pearnings-benchmark test-compile}
 * (see README). Drops and creates its own database, migrates it with Flyway and loads the rows
 * (EarningsBenchData); then:
 * <ol>
 *     <li>(a) earnings: JdbcCommissions (the application's rules, keyset pages, COPY) versus one
 *     INSERT … SELECT into a copy of the earning table; the count and sum per portal must agree;</li>
 *     <li>the hourly release catches up (one statement either way, timed once);</li>
 *     <li>(b) the payout run for the month that ended last: the floor first, INSERT INTO payout …
 *     GROUP BY and one UPDATE of the earnings, in a transaction that is rolled back; then
 *     JdbcPayoutRun (PayoutLedger's statements in its chunks); payouts, their total and the
 *     earnings paid must agree; a second run of the same period must pay nothing.</li>
 * </ol>
 * Arguments: the JDBC URL of the server's postgres database, the benchmark database's name.
 */
public final class EarningsBenchmark {

    private static final String FLOOR_TABLE = "earning_floor";

    private final AtomicLong peakHeap = new AtomicLong();
    private final Instant now = Instant.now();
    private final LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    private final PayoutPeriod period = PayoutPeriod.lastEndedBefore(today);
    private final StringBuilder summary = new StringBuilder();

    public static void main(String[] args) throws Exception {
        String admin = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
        String name = args.length > 1 ? args[1] : "switchboard_earnings_bench";
        try (Connection postgres = DriverManager.getConnection(admin); Statement statement = postgres.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(admin.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"));
        DatabaseMigration.migrate(dataSource, null);
        try (Connection db = dataSource.getConnection()) {
            new EarningsBenchmark().run(db);
        }
    }

    private void run(Connection db) throws Exception {
        Thread sampler = new Thread(this::sampleHeap, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        System.out.printf("Earnings benchmark: %,d sales over %,d channel portals, payout period %s (cut-off %s), max heap %d MiB%n",
                EarningsBenchData.SALES, EarningsBenchData.PORTALS, period, period.cutOff(),
                Runtime.getRuntime().maxMemory() >> 20);
        double load = time(() -> new EarningsBenchData(now).load(db));
        System.out.printf("  rows loaded with COPY                 %7.1f s%n", load);
        peakHeap.set(0);

        // (a) earnings
        JdbcCommissions commissions = new JdbcCommissions(db);
        double earningsJava = time(commissions::run);
        long earningsHeap = peakHeap.getAndSet(0);
        vacuum(db, "earning");
        prepareEarningFloor(db);
        long[] floorRows = new long[1];
        double earningsFloor = time(() -> floorRows[0] = earningFloor(db));
        long earningCount = count(db, "SELECT COUNT(*) FROM earning");
        long differ = count(db, "SELECT COUNT(*) FROM (SELECT portal_id, COUNT(*) n, SUM(amount) total FROM earning GROUP BY portal_id) j "
                + "FULL JOIN (SELECT portal_id, COUNT(*) n, SUM(amount) total FROM " + FLOOR_TABLE + " GROUP BY portal_id) f "
                + "USING (portal_id) WHERE j.n IS DISTINCT FROM f.n OR j.total IS DISTINCT FROM f.total");
        line("(a) earnings, Java rules over JDBC", earningsJava, earningCount + " earnings (" + commissions.held + " held)");
        line("(a) earnings, one INSERT … SELECT", earningsFloor, floorRows[0] + " earnings");
        System.out.printf("      ratio %.1f×; portals whose count or total differ: %d; peak heap %d MiB%n",
                earningsJava / earningsFloor, differ, earningsHeap >> 20);
        summary.append(String.format("(a) earnings: Java %.1f s, floor %.1f s, ratio %.1f×, %d portals differ, heap %d MiB%n",
                earningsJava, earningsFloor, earningsJava / earningsFloor, differ, earningsHeap >> 20));
        execute(db, "DROP TABLE " + FLOOR_TABLE);

        JdbcPayoutRun run = new JdbcPayoutRun(db);
        double release = time(() -> run.release(today));
        line("hourly release catching up", release, run.released + " earnings now available");
        vacuum(db, "earning");
        long available = count(db, "SELECT COUNT(*) FROM earning WHERE status = 'AVAILABLE' AND available_on < '"
                + period.cutOff() + "'");

        // (b) the payout run: the floor first, rolled back, so both start from the same earnings.
        long[] floor = new long[3];
        double[] floorSteps = new double[2];
        payoutFloor(db, floor, floorSteps);
        vacuum(db, "earning");
        peakHeap.set(0);
        long runId = run.claim(period);
        double payoutJava = time(() -> {
            run.release(today);
            run.pay(runId, period);
        });
        long runHeap = peakHeap.get();
        long payoutsMade = count(db, "SELECT COUNT(*) FROM payout WHERE run_id = " + runId);
        long payoutTotal = count(db, "SELECT COALESCE(SUM(amount) * 100, 0)::bigint FROM payout WHERE run_id = " + runId);
        long paidEarnings = count(db, "SELECT COUNT(*) FROM earning WHERE status = 'PAID'");
        double floorTotal = floorSteps[0] + floorSteps[1];
        line("(b) payout run, PayoutLedger's SQL", payoutJava, String.format("%,d portals, %,d payouts of %,d earnings",
                run.portals, payoutsMade, paidEarnings));
        line("(b) floor: INSERT … GROUP BY", floorSteps[0], floor[0] + " payouts");
        line("(b) floor: one UPDATE of the earnings", floorSteps[1], floor[2] + " earnings paid");
        boolean same = floor[0] == payoutsMade && floor[1] == payoutTotal && floor[2] == paidEarnings;
        System.out.printf("      ratio %.1f× the floor (%.1f s); %s; carried forward: %,d of %,d available earnings; "
                        + "peak heap %d MiB%n", payoutJava / floorTotal, floorTotal,
                same ? "same payouts, total and earnings paid" : "MISMATCH: floor " + floor[0] + " / " + floor[1] + " / " + floor[2],
                available - paidEarnings, available, runHeap >> 20);
        System.out.printf("      of which: reader %.1f s, sums and thresholds %.1f s, payout inserts %.1f s, "
                + "chunk updates %.1f s, commits and the rest %.1f s%n", run.reading, run.summing, run.inserting,
                run.marking, payoutJava - run.reading - run.summing - run.inserting - run.marking);
        double rerun = time(() -> run.pay(runId, period));
        line("(b) the same period again", rerun, run.payouts + " payouts");
        summary.append(String.format("(b) payout run: %.1f s over %,d earnings, floor %.1f s (%.2f + %.1f), ratio %.1f×, %s, "
                        + "rerun %d payouts, heap %d MiB%n", payoutJava, paidEarnings, floorTotal, floorSteps[0], floorSteps[1],
                payoutJava / floorTotal, same ? "agree" : "DIFFER", run.payouts, runHeap >> 20));
        System.out.print("Summary\n" + summary);
        if (differ != 0 || !same || run.payouts != 0) {
            throw new IllegalStateException("The Java path and the floor disagree");
        }
    }

    private static void prepareEarningFloor(Connection db) throws SQLException {
        // The same columns, checks, indexes and foreign keys as the earning table, so the floor does the same work.
        execute(db, "CREATE TABLE " + FLOOR_TABLE + " (LIKE earning INCLUDING ALL)");
        execute(db, "ALTER TABLE " + FLOOR_TABLE + " ADD FOREIGN KEY (portal_id) REFERENCES portal (id), "
                + "ADD FOREIGN KEY (sale_id) REFERENCES sale (id), ADD FOREIGN KEY (client_id) REFERENCES client_account (id), "
                + "ADD FOREIGN KEY (commission_plan_id) REFERENCES commission_plan (id), "
                + "ADD FOREIGN KEY (reverses_earning_id) REFERENCES " + FLOOR_TABLE + " (id)");
        execute(db, "CREATE SEQUENCE earning_floor_seq");
        // Money's rounding (two decimals, half to even); PostgreSQL's round() goes half away from zero.
        execute(db, "CREATE OR REPLACE FUNCTION half_even(x NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE AS $$ "
                + "SELECT CASE WHEN abs(x * 100 - trunc(x * 100)) = 0.5 "
                + "THEN (trunc(x * 100) + CASE WHEN mod(trunc(x * 100), 2) = 0 THEN 0 ELSE sign(x) END) / 100 "
                + "ELSE round(x, 2) END $$");
    }

    /** Commissions and clawbacks in one statement: the clawbacks read the commissions it inserts. */
    private long earningFloor(Connection db) throws SQLException {
        String columns = "(id, portal_id, kind, sale_id, client_id, reverses_earning_id, commission_plan_id, base_amount, "
                + "base_currency, exchange_rate, rate_percent, paying_clients, amount, currency, earned_at, available_on, "
                + "clawback_until, status)";
        String sql = "WITH paying AS (SELECT c.portal_id, COUNT(*) AS clients FROM subscription s JOIN client_account c "
                + "ON c.id = s.client_id WHERE s.status <> 'CANCELLED' GROUP BY c.portal_id), "
                + "sold AS (SELECT s.*, (s.occurred_at AT TIME ZONE 'UTC')::date AS day FROM sale s "
                + "JOIN portal p ON p.id = s.portal_id AND p.kind = 'CHANNEL_PARTNER'), "
                + "charged AS (SELECT s.*, v.id AS plan_id, v.currency AS pay_in, v.hold_days, v.clawback_days, "
                + "COALESCE(py.clients, 0) AS clients, x.rate AS exchange, "
                + "CASE WHEN COALESCE(t.bonus_points, 0) = 0 THEN v.base ELSE LEAST(v.base + t.bonus_points, 100) END AS percent "
                + "FROM sold s "
                + "CROSS JOIN LATERAL (SELECT c.*, CASE s.type WHEN 'NEW' THEN c.rate_new WHEN 'RENEWAL' THEN c.rate_renewal "
                + "ELSE c.rate_upgrade END AS base FROM commission_plan c WHERE c.portal_id = s.portal_id "
                + "AND c.effective_from <= s.day ORDER BY c.effective_from DESC LIMIT 1) v "
                + "LEFT JOIN paying py ON py.portal_id = s.portal_id "
                + "LEFT JOIN LATERAL (SELECT bonus_points FROM commission_tier t WHERE t.commission_plan_id = v.id "
                + "AND t.min_clients <= COALESCE(py.clients, 0) ORDER BY t.min_clients DESC LIMIT 1) t ON TRUE "
                + "CROSS JOIN LATERAL (SELECT CASE WHEN s.currency = v.currency THEN 1.00000000 ELSE (SELECT r.rate "
                + "FROM exchange_rate r WHERE r.from_currency = s.currency AND r.to_currency = v.currency "
                + "AND r.valid_from <= s.day ORDER BY r.valid_from DESC LIMIT 1) END AS rate) x "
                + "WHERE s.type <> 'REFUND' AND s.amount <> 0 AND x.rate IS NOT NULL), "
                + "commissions AS (INSERT INTO " + FLOOR_TABLE + " " + columns + " "
                + "SELECT nextval('earning_floor_seq'), portal_id, 'COMMISSION', id, client_id, NULL, plan_id, amount, currency, "
                + "exchange, percent, clients, half_even(amount * exchange * percent / 100), pay_in, occurred_at, day + hold_days, "
                + "day + clawback_days, CASE WHEN hold_days > 0 THEN 'PENDING' ELSE 'AVAILABLE' END FROM charged "
                + "RETURNING id, sale_id, amount, currency, available_on, clawback_until, commission_plan_id, exchange_rate, "
                + "rate_percent, client_id, portal_id) "
                + "INSERT INTO " + FLOOR_TABLE + " " + columns + " "
                + "SELECT nextval('earning_floor_seq'), c.portal_id, 'CLAWBACK', r.id, c.client_id, c.id, c.commission_plan_id, "
                + "r.amount, r.currency, c.exchange_rate, c.rate_percent, NULL, "
                + "-CASE WHEN ch.amount = 0 OR -r.amount >= ch.amount THEN c.amount "
                + "ELSE half_even(c.amount * -r.amount / ch.amount) END, c.currency, r.occurred_at, "
                + "GREATEST(r.day, c.available_on), GREATEST(r.day, c.available_on), "
                + "CASE WHEN c.available_on > r.day THEN 'PENDING' ELSE 'AVAILABLE' END "
                + "FROM sold r JOIN commissions c ON c.sale_id = r.refunds_sale_id JOIN sale ch ON ch.id = r.refunds_sale_id "
                + "WHERE r.type = 'REFUND' AND r.day <= c.clawback_until";
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
        return count(db, "SELECT COUNT(*) FROM " + FLOOR_TABLE);
    }

    /**
     * The run's result set-based, timed in its two steps, then rolled back: {@code floor} gets the
     * payouts, their total in cents and the earnings paid. Before the update, the plan of one
     * chunk update of the run, for the largest portal alone, is printed.
     */
    private void payoutFloor(Connection db, long[] floor, double[] steps) throws Exception {
        db.setAutoCommit(false);
        Date cutOff = Date.valueOf(period.cutOff());
        execute(db, "INSERT INTO payout_run (id, period, status, started_at, heartbeat_at, portals_done, payouts_made, version) "
                + "VALUES (1, '" + period.code() + "', 'RUNNING', now(), now(), 0, 0, 1)");
        steps[0] = time(() -> {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO payout (id, portal_id, period, cut_off, currency, "
                    + "amount, earnings_count, status, run_id, created_at, version) "
                    + "SELECT nextval('payout_seq'), b.portal_id, ?, ?, b.currency, b.total, b.earnings, 'ISSUED', 1, now(), 1 "
                    + "FROM (SELECT portal_id, currency, SUM(amount) AS total, COUNT(*) AS earnings FROM earning "
                    + "WHERE status = 'AVAILABLE' AND available_on < ? GROUP BY portal_id, currency) b "
                    + "LEFT JOIN LATERAL (SELECT c.threshold, c.currency FROM commission_plan c WHERE c.portal_id = b.portal_id "
                    + "AND c.effective_from < ? ORDER BY c.effective_from DESC LIMIT 1) t ON TRUE "
                    + "WHERE b.total > 0 AND (t.currency IS NULL OR t.currency <> b.currency OR b.total >= t.threshold) "
                    + "AND NOT EXISTS (SELECT 1 FROM payout p WHERE p.portal_id = b.portal_id AND p.period = ? "
                    + "AND p.currency = b.currency)")) {
                insert.setString(1, period.code());
                insert.setDate(2, cutOff);
                insert.setDate(3, cutOff);
                insert.setDate(4, cutOff);
                insert.setString(5, period.code());
                floor[0] = insert.executeUpdate();
            }
        });
        floor[1] = count(db, "SELECT COALESCE(SUM(amount) * 100, 0)::bigint FROM payout WHERE run_id = 1");
        explainOnePayout(db, cutOff);
        steps[1] = time(() -> {
            try (PreparedStatement update = db.prepareStatement("UPDATE earning e SET status = 'PAID', payout_id = p.id "
                    + "FROM payout p WHERE p.run_id = 1 AND e.portal_id = p.portal_id AND e.currency = p.currency "
                    + "AND e.status = 'AVAILABLE' AND e.available_on < ?")) {
                update.setDate(1, cutOff);
                floor[2] = update.executeUpdate();
            }
        });
        db.rollback();
        db.setAutoCommit(true);
    }

    private static void explainOnePayout(Connection db, Date cutOff) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("SAVEPOINT explain");
            try (ResultSet largest = statement.executeQuery("SELECT id, portal_id, currency FROM payout WHERE run_id = 1 "
                    + "ORDER BY earnings_count DESC LIMIT 1")) {
                if (!largest.next()) {
                    return;
                }
                long payoutId = largest.getLong(1);
                long portalId = largest.getLong(2);
                try (PreparedStatement explain = db.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) "
                        + JdbcPayoutRun.jdbc(PayoutRunStatements.markPaidSql(java.util.List.of(payoutId))))) {
                    explain.setLong(1, portalId);
                    explain.setLong(2, portalId);
                    explain.setDate(3, cutOff);
                    System.out.println("      the chunk update for the largest portal alone:");
                    try (ResultSet plan = explain.executeQuery()) {
                        while (plan.next()) {
                            System.out.println("        " + plan.getString(1));
                        }
                    }
                }
            }
            statement.execute("ROLLBACK TO SAVEPOINT explain");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    interface Step {
        void run() throws Exception;
    }

    private static double time(Step step) throws Exception {
        long started = System.nanoTime();
        step.run();
        return (System.nanoTime() - started) / 1e9;
    }

    private static void line(String what, double seconds, String detail) {
        System.out.printf("  %-38s %7.2f s   %s%n", what, seconds, detail);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void vacuum(Connection db, String table) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(true);
        execute(db, "VACUUM (ANALYZE) " + table);
        db.setAutoCommit(auto);
    }

    private void sampleHeap() {
        Runtime runtime = Runtime.getRuntime();
        while (true) {
            peakHeap.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException stopped) {
                return;
            }
        }
    }
}
