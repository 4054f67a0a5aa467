package org.switchboard.earnings.entity;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.earnings.control.LedgerDatabase;
import org.switchboard.platform.kernel.Money;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A failed payout returns its earnings in one statement, {@link Earning#RETURN_FROM_FAILED_PAYOUT_SQL};
 * the rule it states is the entity's own {@link Earning#returnFromFailedPayout()}. Both are applied
 * here to the same earnings (the statement on a migrated database), and end in the same state.
 */
class ReturnFromFailedPayoutTest {

    private static final long FAILED = 501;
    private static final long OTHER = 502;
    private static final Instant EARNED = Instant.parse("2026-02-10T12:00:00Z");

    private static LedgerDatabase db;

    @BeforeAll
    static void migrate() {
        db = LedgerDatabase.migrated();
        Timestamp then = Timestamp.from(EARNED);
        db.update("INSERT INTO app_user (id, email, first_name, last_name, active, must_change_password, failed_logins, "
                + "created_at, version) VALUES (1, 'ops@example.com', 'O', 'Ps', TRUE, FALSE, 0, ?1, 1)", then);
        db.update("INSERT INTO portal (id, name, kind, verification, created_at, version) "
                + "VALUES (11, 'Partner', 'CHANNEL_PARTNER', 'VERIFIED', ?1, 1)", then);
        db.update("INSERT INTO commission_plan (id, portal_id, effective_from, rate_new, rate_renewal, rate_upgrade, "
                + "referral_bounty, hold_days, clawback_days, threshold, currency, created_by, created_at) "
                + "VALUES (21, 11, ?1, 20, 10, 30, 0, 0, 30, 0, 'EUR', 1, ?2)", LocalDate.of(2026, 1, 1), then);
        db.update("INSERT INTO payout_run (id, period, status, started_at, heartbeat_at, portals_done, payouts_made, version) "
                + "VALUES (31, '2026-02', 'COMPLETED', ?1, ?2, 1, 1, 1)", then, then);
        for (long payout : List.of(FAILED, OTHER)) {
            db.update("INSERT INTO payout (id, portal_id, period, cut_off, currency, amount, earnings_count, status, run_id, "
                            + "created_at, version) VALUES (?1, 11, ?2, ?3, 'EUR', 1, 1, 'ISSUED', 31, ?4, 1)",
                    payout, payout == FAILED ? "2026-02" : "2026-03", LocalDate.of(2026, 3, 1), then);
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theFailedPayoutsStatementDoesWhatTheEarningsOwnRuleDoes() {
        // Two earnings the failed payout paid, one another payout paid, one never paid.
        List<Earning> earnings = List.of(paid(1, FAILED), paid(2, FAILED), paid(3, OTHER), available(4));

        int returned = db.update(Earning.RETURN_FROM_FAILED_PAYOUT_SQL, FAILED);

        assertEquals(2, returned);
        for (Earning earning : earnings) {
            if (Long.valueOf(FAILED).equals(earning.getPayoutId())) {
                earning.returnFromFailedPayout();
            } else if (earning.getStatus() != EarningStatus.PAID) {
                assertThrows(IllegalStateException.class, earning::returnFromFailedPayout, "the rule's guard");
            }
            Object[] row = db.rows("SELECT status, payout_id FROM earning WHERE id = ?1", earning.getId()).get(0);
            assertEquals(earning.getStatus().name(), row[0], "status of earning " + earning.getId());
            assertEquals(earning.getPayoutId(), row[1] == null ? null : ((Number) row[1]).longValue(),
                    "payout of earning " + earning.getId());
        }
    }

    /** An earning as the database holds it after the payout run paid it by {@code payoutId}. */
    private static Earning paid(long id, long payoutId) {
        Earning earning = available(id);
        db.update("UPDATE earning SET status = 'PAID', payout_id = ?1 WHERE id = ?2", payoutId, id);
        set(earning, "status", EarningStatus.PAID);
        set(earning, "payoutId", payoutId);
        return earning;
    }

    private static Earning available(long id) {
        Money sale = Money.of("100.00", "EUR");
        Earning earning = Earning.commission(11, 100 + id, 1, 21, sale, BigDecimal.ONE, new BigDecimal("20.00"), 1,
                Money.of("20.00", "EUR"), EARNED, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 12));
        set(earning, "id", id);
        db.update("INSERT INTO earning (id, portal_id, kind, commission_plan_id, base_amount, base_currency, exchange_rate, "
                        + "rate_percent, paying_clients, amount, currency, earned_at, available_on, clawback_until, status) "
                        + "VALUES (?1, 11, 'COMMISSION', 21, 100.00, 'EUR', 1, 20.00, 1, 20.00, 'EUR', ?2, ?3, ?4, ?5)",
                id, Timestamp.from(EARNED), earning.getAvailableOn(), earning.getClawbackUntil(), earning.getStatus().name());
        return earning;
    }

    private static void set(Earning earning, String field, Object value) {
        try {
            Field declared = Earning.class.getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(earning, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
