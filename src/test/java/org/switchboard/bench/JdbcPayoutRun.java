package org.switchboard.bench;

import org.switchboard.earnings.boundary.PayoutLedger;
import org.switchboard.earnings.control.PayoutBalances;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.control.PayoutRule;
import org.switchboard.earnings.control.PayoutRunStatements;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The payout run of the {@code payout-run} job replayed over JDBC, statement for statement, outside
 * the container: the claim, the release step ({@link PayoutRunStatements#RELEASE_SQL}), the reader's
 * {@link PayoutRunStatements#PORTALS_TO_PAY_SQL} and, per chunk of 1,000 portals in one transaction, what
 * {@link PayoutLedger#pay} does: the period's payouts already made, the thresholds (the same native
 * statements), {@link PayoutBalances#RUN_SQL}, {@link PayoutRule},
 * the payout inserts in JDBC batches of 100 (the persistence unit's batch writing), one
 * {@link PayoutRunStatements#markPaidSql} per chunk with its count check, and the run's progress.
 * Not replayed: the batch runtime's own checkpoint rows and the CDI event.
 */
final class JdbcPayoutRun {

    static final int PORTALS_PER_CHUNK = 1_000;

    private final Connection db;
    private long nextPayoutId;
    private long lastPayoutId;
    int released;
    int portals;
    int payouts;
    /** Seconds spent in the reader's query, the chunks' reads (thresholds, payouts, balances), inserts and updates. */
    double reading;
    double summing;
    double inserting;
    double marking;

    JdbcPayoutRun(Connection db) {
        this.db = db;
    }

    /** Releases what is due today, as the run's first step; returns the earnings released. */
    int release(LocalDate today) throws Exception {
        db.setAutoCommit(false);
        try (PreparedStatement release = db.prepareStatement(jdbc(PayoutRunStatements.RELEASE_SQL))) {
            release.setDate(1, Date.valueOf(today));
            released = release.executeUpdate();
        }
        db.commit();
        return released;
    }

    /** Claims the period (as {@code PayoutClaims.claim} on a first run); returns the run's id. */
    long claim(PayoutPeriod period) throws Exception {
        db.setAutoCommit(false);
        long id;
        try (Statement statement = db.createStatement();
             ResultSet next = statement.executeQuery("SELECT nextval('payout_run_seq')")) {
            next.next();
            id = next.getLong(1);
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO payout_run (id, period, status, started_by, started_at, "
                + "heartbeat_at, portals_done, payouts_made, version) VALUES (?, ?, 'RUNNING', 1, ?, ?, 0, 0, 1)")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setLong(1, id);
            insert.setString(2, period.code());
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.executeUpdate();
        }
        db.commit();
        return id;
    }

    /** The pay step: the reader's portals, then chunk by chunk; returns the payouts made. */
    int pay(long runId, PayoutPeriod period) throws Exception {
        db.setAutoCommit(false);
        reading = summing = inserting = marking = 0;
        long started = System.nanoTime();
        List<Long> toPay = new ArrayList<>();
        try (PreparedStatement read = db.prepareStatement(jdbc(PayoutRunStatements.PORTALS_TO_PAY_SQL))) {
            read.setDate(1, Date.valueOf(period.cutOff()));
            read.setLong(2, 0L);
            try (ResultSet ids = read.executeQuery()) {
                while (ids.next()) {
                    toPay.add(ids.getLong(1));
                }
            }
        }
        db.commit();
        reading = (System.nanoTime() - started) / 1e9;
        portals = toPay.size();
        payouts = 0;
        for (int from = 0; from < toPay.size(); from += PORTALS_PER_CHUNK) {
            payouts += payChunk(runId, period, toPay.subList(from, Math.min(toPay.size(), from + PORTALS_PER_CHUNK)));
            db.commit();
        }
        try (PreparedStatement finish = db.prepareStatement("UPDATE payout_run SET status = 'COMPLETED', finished_at = ?, "
                + "heartbeat_at = ?, version = version + 1 WHERE id = ? AND status = 'RUNNING'")) {
            Timestamp now = Timestamp.from(Instant.now());
            finish.setTimestamp(1, now);
            finish.setTimestamp(2, now);
            finish.setLong(3, runId);
            finish.executeUpdate();
        }
        db.commit();
        return payouts;
    }

    private record Made(long id, long portalId, Money amount, int earnings) {
    }

    private int payChunk(long runId, PayoutPeriod period, List<Long> portalIds) throws Exception {
        long started = System.nanoTime();
        long first = portalIds.get(0);
        long last = portalIds.get(portalIds.size() - 1);
        Set<Long> chunk = new HashSet<>(portalIds);
        Date cutOff = Date.valueOf(period.cutOff());
        Map<Long, Money> thresholds = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT portal_id, threshold, currency FROM commission_plan "
                + "WHERE portal_id BETWEEN ? AND ? AND effective_from < ? ORDER BY portal_id, effective_from")) {
            query.setLong(1, first);
            query.setLong(2, last);
            query.setDate(3, cutOff);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    thresholds.put(rows.getLong(1), Money.of(rows.getBigDecimal(2), rows.getString(3).strip()));
                }
            }
        }
        Set<String> paidAlready = new HashSet<>();
        try (PreparedStatement query = db.prepareStatement("SELECT portal_id, currency FROM payout WHERE period = ? "
                + "AND portal_id BETWEEN ? AND ?")) {
            query.setString(1, period.code());
            query.setLong(2, first);
            query.setLong(3, last);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    paidAlready.add(rows.getLong(1) + "/" + rows.getString(2).strip());
                }
            }
        }
        List<Made> made = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(jdbc(PayoutBalances.RUN_SQL))) {
            query.setLong(1, first);
            query.setLong(2, last);
            query.setDate(3, cutOff);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long portalId = rows.getLong(1);
                    String currency = rows.getString(2).strip();
                    if (!chunk.contains(portalId) || paidAlready.contains(portalId + "/" + currency)) {
                        continue;
                    }
                    Money available = Money.of(rows.getBigDecimal(3), currency);
                    Money threshold = thresholds.getOrDefault(portalId, Money.of(BigDecimal.ZERO, currency));
                    if (PayoutRule.decide(available, threshold).pay()) {
                        made.add(new Made(payoutId(), portalId, available, rows.getInt(4)));
                    }
                }
            }
        }
        long summed = System.nanoTime();
        summing += (summed - started) / 1e9;
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO payout (id, portal_id, period, cut_off, currency, amount, "
                + "earnings_count, status, run_id, created_at, reference, failure_reason, settled_by, settled_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?, ?, NULL, NULL, NULL, NULL, 1)")) {
            int batched = 0;
            for (Made payout : made) {
                insert.setLong(1, payout.id());
                insert.setLong(2, payout.portalId());
                insert.setString(3, period.code());
                insert.setDate(4, cutOff);
                insert.setString(5, payout.amount().currency().getCurrencyCode());
                insert.setBigDecimal(6, payout.amount().amount());
                insert.setInt(7, payout.earnings());
                insert.setLong(8, runId);
                insert.setTimestamp(9, now);
                insert.addBatch();
                if (++batched % 100 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        long inserted = System.nanoTime();
        inserting += (inserted - summed) / 1e9;
        if (!made.isEmpty()) {
            try (PreparedStatement mark = db.prepareStatement(jdbc(PayoutRunStatements.markPaidSql(made.stream().map(Made::id).toList())))) {
                mark.setLong(1, portalIds.get(0));
                mark.setLong(2, portalIds.get(portalIds.size() - 1));
                mark.setDate(3, cutOff);
                int marked = mark.executeUpdate();
                int expected = made.stream().mapToInt(Made::earnings).sum();
                if (marked != expected) {
                    throw new IllegalStateException("Summed " + expected + " earnings but marked " + marked + " as paid");
                }
            }
        }
        marking += (System.nanoTime() - inserted) / 1e9;
        try (PreparedStatement progress = db.prepareStatement("UPDATE payout_run SET portals_done = portals_done + ?, "
                + "payouts_made = payouts_made + ?, heartbeat_at = ?, version = version + 1 WHERE id = ?")) {
            progress.setInt(1, portalIds.size());
            progress.setInt(2, made.size());
            progress.setTimestamp(3, now);
            progress.setLong(4, runId);
            progress.executeUpdate();
        }
        return made.size();
    }

    /** Ids as EclipseLink allocates them: the 50 up to each value drawn from payout_seq. */
    private long payoutId() throws Exception {
        if (nextPayoutId == 0 || nextPayoutId > lastPayoutId) {
            try (Statement statement = db.createStatement();
                 ResultSet next = statement.executeQuery("SELECT nextval('payout_seq')")) {
                next.next();
                lastPayoutId = next.getLong(1);
                nextPayoutId = lastPayoutId - 49;
            }
        }
        return nextPayoutId++;
    }

    /** JPA's numbered parameters (?1, ?2 …, each used once and in order) as JDBC's. */
    static String jdbc(String nativeSql) {
        return nativeSql.replaceAll("\\?\\d+", "?");
    }
}
