package org.switchboard.earnings.control;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.earnings.control.PayoutBalances.Balance;
import org.switchboard.earnings.entity.Earning;
import org.switchboard.platform.kernel.Money;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

// Over 300 lines: one property, its random histories, the rows they write and the invariants read back belong together.
/**
 * The ledger's invariants over random histories of a few channel portals: sales, refunds, payout
 * runs (again for the same period, or dropped halfway as by a crash and run again) and payouts
 * that fail. The ledger is a real database (H2, migrated by the application's Flyway migrations),
 * and the steps are the real statements: {@link PayoutRunStatements} (release, portals to pay, pay
 * by chunks of portals, as {@code PayoutLedger} runs them), {@link PayoutBalances} (the preview) and
 * {@link Earning#RETURN_FROM_FAILED_PAYOUT_SQL} (a failed payout, as {@code PayoutDesk} runs it).
 * Earnings are made by the entity's own factories from the same rule classes as
 * {@code Commissions}; only writing rows (earnings, payouts, settling a payout) is the test's own.
 */
class LedgerPropertiesTest {

    private static final int PORTALS = 3;
    private static final long FIRST_PORTAL = 1001;
    private static final long FIRST_PLAN = 2001;
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static LedgerDatabase db;

    sealed interface Action {
    }

    record Sale(int portal, SaleType type, long cents, int daysLater) implements Action {
    }

    record Refund(int pick, int percent, int daysLater) implements Action {
    }

    /** The run for the period that ended last; {@code crashAfterChunks} ≥ 0 drops it after that many chunks. */
    record Run(int portalsPerChunk, int crashAfterChunks, boolean again, int daysLater) implements Action {
    }

    record FailPayout(int pick) implements Action {
    }

    record PayoutPaid(int pick) implements Action {
    }

    @Provide
    Arbitrary<List<Action>> histories() {
        Arbitrary<Action> sale = Combinators.combine(Arbitraries.integers().between(0, PORTALS - 1),
                Arbitraries.of(SaleType.NEW, SaleType.RENEWAL, SaleType.UPGRADE),
                Arbitraries.oneOf(Arbitraries.longs().between(0, 500), Arbitraries.longs().between(0, 200_000)),
                Arbitraries.integers().between(0, 12)).as(Sale::new);
        Arbitrary<Action> refund = Combinators.combine(Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(1, 150), Arbitraries.integers().between(0, 40)).as(Refund::new);
        Arbitrary<Action> run = Combinators.combine(Arbitraries.integers().between(1, PORTALS),
                Arbitraries.integers().between(-1, 2), Arbitraries.of(true, false), Arbitraries.integers().between(0, 35))
                .as(Run::new);
        Arbitrary<Action> fail = Arbitraries.integers().between(0, 1000).map(FailPayout::new);
        Arbitrary<Action> paid = Arbitraries.integers().between(0, 1000).map(PayoutPaid::new);
        return Arbitraries.frequencyOf(
                        Tuple.of(10, sale), Tuple.of(3, refund), Tuple.of(4, run),
                        Tuple.of(1, fail), Tuple.of(1, paid))
                .list().ofMaxSize(60);
    }

    /** One database for all tries: the portals, their plans and a user to have made them. */
    @BeforeContainer
    static void migrate() {
        db = LedgerDatabase.migrated();
        Timestamp then = Timestamp.from(Instant.parse("2020-01-01T00:00:00Z"));
        db.update("INSERT INTO app_user (id, email, first_name, last_name, active, must_change_password, failed_logins, "
                + "created_at, version) VALUES (1, 'ops@example.com', 'O', 'Ps', TRUE, FALSE, 0, ?1, 1)", then);
        for (int portal = 0; portal < PORTALS; portal++) {
            CommissionTerms terms = Ledger.PLANS[portal];
            db.update("INSERT INTO portal (id, name, kind, verification, created_at, version) "
                    + "VALUES (?1, ?2, 'CHANNEL_PARTNER', 'VERIFIED', ?3, 1)", FIRST_PORTAL + portal, "Portal " + portal, then);
            db.update("INSERT INTO commission_plan (id, portal_id, effective_from, rate_new, rate_renewal, rate_upgrade, "
                            + "referral_bounty, hold_days, clawback_days, threshold, currency, created_by, created_at) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, ?9, ?10, 1, ?11)", FIRST_PLAN + portal,
                    FIRST_PORTAL + portal, LocalDate.of(2020, 1, 1), terms.rates().get(SaleType.NEW),
                    terms.rates().get(SaleType.RENEWAL), terms.rates().get(SaleType.UPGRADE), terms.holdDays(),
                    terms.clawbackDays(), terms.threshold().amount(), terms.currency().getCurrencyCode(), then);
        }
    }

    @AfterContainer
    static void close() {
        db.close();
    }

    @BeforeTry
    void emptyLedger() {
        db.update("DELETE FROM earning WHERE reverses_earning_id IS NOT NULL");
        db.update("DELETE FROM earning");
        db.update("DELETE FROM payout");
        db.update("DELETE FROM payout_run");
    }

    @Property(tries = 500)
    void everyEarningIsPaidAtMostOnceAndPayoutsMatchTheBalance(@ForAll("histories") List<Action> history) {
        Ledger ledger = new Ledger();
        for (Action action : history) {
            ledger.apply(action);
            ledger.checkInvariants();
        }
    }

    // ---- the history, written to the database --------------------------------------------------

    static final class Ledger {
        // Per portal: its plan (one currency; some with tiers) and its paying clients.
        static final CommissionTerms[] PLANS = {
                terms("EUR", List.of(), 0, 30, "0.00"),
                terms("EUR", List.of(new CommissionTerms.Tier(5, new BigDecimal("2.50"))), 14, 60, "50.00"),
                terms("USD", List.of(new CommissionTerms.Tier(10, new BigDecimal("90.00"))), 30, 90, "1000.00")};
        final int[] paying = {3, 7, 20};
        /** The commissions written, with the sale each was earned on, for refunds to pick from. */
        final List<Earning> charges = new ArrayList<>();
        final Map<Long, Money> sales = new HashMap<>();
        final Set<Long> refunded = new HashSet<>();
        /** The earnings each payout took when it was made. */
        final Map<Long, Set<Long>> paidBy = new HashMap<>();
        LocalDate today = START;
        long nextId = 10_000;

        private static CommissionTerms terms(String currency, List<CommissionTerms.Tier> tiers, int hold, int clawback,
                                             String threshold) {
            return new CommissionTerms(Map.of(SaleType.NEW, new BigDecimal("20.00"), SaleType.RENEWAL, new BigDecimal("12.50"),
                    SaleType.UPGRADE, new BigDecimal("33.33")), tiers, Money.of("0.00", currency), hold, clawback,
                    Money.of(threshold, currency));
        }

        void apply(Action action) {
            if (action instanceof Sale sale) {
                sell(sale);
            } else if (action instanceof Refund refund) {
                refund(refund);
            } else if (action instanceof Run run) {
                run(run);
            } else if (action instanceof FailPayout fail) {
                settle(fail.pick(), "FAILED");
            } else if (action instanceof PayoutPaid paid) {
                settle(paid.pick(), "PAID");
            }
        }

        /** As Commissions.commission; the sale is in EUR, converted for the USD plan. */
        private void sell(Sale sale) {
            today = today.plusDays(sale.daysLater());
            CommissionTerms terms = PLANS[sale.portal()];
            Money amount = new Money(BigDecimal.valueOf(sale.cents(), 2), Currency.getInstance("EUR"));
            if (amount.amount().signum() == 0) {
                return;
            }
            BigDecimal exchange = terms.currency().getCurrencyCode().equals("EUR") ? BigDecimal.ONE : new BigDecimal("1.08500000");
            CommissionTerms.AppliedRate rate = terms.rateFor(sale.type(), paying[sale.portal()]);
            Money earned = EarningRules.commission(amount, exchange, rate.percent(), terms.currency());
            assertTrue(earned.amount().signum() >= 0);
            long saleId = nextId++;
            Earning commission = Earning.commission(FIRST_PORTAL + sale.portal(), saleId, 1L, FIRST_PLAN + sale.portal(),
                    amount, exchange, rate.percent(), paying[sale.portal()], earned, noon(today),
                    EarningRules.availableOn(today, terms.holdDays()), EarningRules.clawbackUntil(today, terms.clawbackDays()));
            write(commission);
            charges.add(commission);
            sales.put(commission.getId(), amount);
        }

        /** As Commissions.clawBack: an earlier commission, reversed inside its window. */
        private void refund(Refund refund) {
            today = today.plusDays(refund.daysLater());
            List<Earning> open = charges.stream().filter(e -> !refunded.contains(e.getId())).toList();
            if (open.isEmpty()) {
                return;
            }
            Earning original = open.get(refund.pick() % open.size());
            refunded.add(original.getId());
            Money sale = sales.get(original.getId());
            Money refundedAmount = new Money(sale.amount().multiply(BigDecimal.valueOf(refund.percent()))
                    .movePointLeft(2), sale.currency()).negate();
            if (!EarningRules.clawsBack(today, original.getClawbackUntil())) {
                return;
            }
            Money reversal = EarningRules.reversal(original.getAmount(), sale, refundedAmount);
            assertTrue(reversal.amount().signum() <= 0, "a reversal is never positive");
            assertTrue(reversal.negate().compareTo(original.getAmount()) <= 0, "a reversal never exceeds the earning");
            LocalDate availableOn = EarningRules.reversalAvailableOn(today, original.getAvailableOn());
            assertFalse(availableOn.isBefore(original.getAvailableOn()));
            write(Earning.clawback(original, nextId++, refundedAmount, reversal, noon(today), availableOn));
        }

        private void run(Run run) {
            today = today.plusDays(run.daysLater());
            PayoutPeriod period = PayoutPeriod.lastEndedBefore(today);
            long before = lastPayoutId();
            Set<String> previewed = paying(PayoutBalances.forecast(db, period));
            assertEquals(PayoutBalances.forecast(db, period), pages(period), "the preview's pages are the whole preview");
            for (int portal = 0; portal < PORTALS; portal++) {
                long portalId = FIRST_PORTAL + portal;
                Currency currency = PLANS[portal].currency();
                Balance snapshot = PayoutBalances.forecastOf(db, period, portalId, "Portal " + portal).orElseThrow();
                PayoutBalances.forecast(db, period).stream()
                        .filter(line -> line.portalId() == portalId && line.available().currency().equals(currency))
                        .findFirst()
                        .ifPresentOrElse(line -> assertEquals(line, snapshot, "the Welcome snapshot's next payout is the preview's"),
                                () -> assertEquals(0, snapshot.available().amount().signum(), "nothing to preview, nothing due"));
            }
            if (run.crashAfterChunks() >= 0) {
                payoutRun(period, run.portalsPerChunk(), run.crashAfterChunks());
            }
            payoutRun(period, run.portalsPerChunk(), Integer.MAX_VALUE);
            assertEquals(previewed, madeSince(period, before), "the preview shows what the run pays");
            if (run.again()) {
                String state = snapshot();
                payoutRun(period, run.portalsPerChunk(), Integer.MAX_VALUE);
                assertEquals(state, snapshot(), "running " + period + " again changes nothing");
            }
        }

        /** The job: release, then the portals to pay in chunks; a crash drops it after {@code chunks} chunks. */
        private void payoutRun(PayoutPeriod period, int portalsPerChunk, int chunks) {
            claim(period);
            PayoutRunStatements.release(db, today);
            assertTrue(db.rows("SELECT id FROM earning WHERE status = 'PENDING' AND available_on <= ?1", today).isEmpty(),
                    "the release makes every earning whose hold has ended available");
            List<Long> toPay = PayoutRunStatements.portalsToPay(db, period, 0L);
            for (int from = 0, chunk = 0; from < toPay.size() && chunk < chunks; from += portalsPerChunk, chunk++) {
                List<Long> portals = toPay.subList(from, Math.min(toPay.size(), from + portalsPerChunk));
                db.inTransaction(() -> pay(period, portals));
            }
        }

        /** As PayoutLedger.pay, with the payouts written as rows instead of entities. */
        private void pay(PayoutPeriod period, List<Long> portals) {
            List<Long> made = new ArrayList<>();
            List<Balance> paid = PayoutRunStatements.pay(db, period, portals, balances -> {
                for (Balance balance : balances) {
                    long id = nextId++;
                    db.update("INSERT INTO payout (id, portal_id, period, cut_off, currency, amount, earnings_count, status, "
                                    + "run_id, created_at, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'ISSUED', ?8, ?9, 1)",
                            id, balance.portalId(), period.code(), period.cutOff(),
                            balance.available().currency().getCurrencyCode(), balance.available().amount(),
                            balance.earnings(), runOf(period), Timestamp.from(noon(today)));
                    made.add(id);
                }
                return made;
            });
            for (int i = 0; i < paid.size(); i++) {
                Set<Long> took = new HashSet<>();
                db.rows("SELECT id FROM earning WHERE payout_id = ?1", made.get(i))
                        .forEach(row -> took.add(((Number) row[0]).longValue()));
                paidBy.put(made.get(i), took);
                assertEquals(0, balanceBefore(paid.get(i).portalId(), paid.get(i).available().currency(), period.cutOff())
                        .signum(), "a payout takes exactly the balance available at its cut-off");
            }
        }

        /** As PayoutDesk: an issued payout is paid, or fails and its earnings return to the balance. */
        private void settle(int pick, String outcome) {
            List<Object[]> issued = db.rows("SELECT id FROM payout WHERE status = 'ISSUED' ORDER BY id");
            if (issued.isEmpty()) {
                return;
            }
            long payoutId = ((Number) issued.get(pick % issued.size())[0]).longValue();
            db.inTransaction(() -> {
                db.update("UPDATE payout SET status = ?1, version = version + 1 WHERE id = ?2", outcome, payoutId);
                if (outcome.equals("FAILED")) {
                    int returned = db.update(Earning.RETURN_FROM_FAILED_PAYOUT_SQL, payoutId);
                    assertEquals(paidBy.get(payoutId).size(), returned, "a failed payout returns every earning it took");
                }
            });
        }

        void checkInvariants() {
            Map<Long, Object[]> live = new HashMap<>();
            List<Object[]> payouts = db.rows("SELECT id, portal_id, period, amount, status, currency FROM payout ORDER BY id");
            payouts.stream().filter(p -> !"FAILED".equals(p[4])).forEach(p -> live.put(((Number) p[0]).longValue(), p));
            List<Object[]> earnings = db.rows("SELECT id, portal_id, amount, status, payout_id FROM earning ORDER BY id");
            for (int portal = 0; portal < PORTALS; portal++) {
                long p = FIRST_PORTAL + portal;
                BigDecimal earned = sum(earnings.stream().filter(e -> id(e[1]) == p).map(e -> (BigDecimal) e[2]).toList());
                BigDecimal paidOut = sum(live.values().stream().filter(x -> id(x[1]) == p).map(x -> (BigDecimal) x[3]).toList());
                BigDecimal unpaid = sum(earnings.stream().filter(e -> id(e[1]) == p && !"PAID".equals(e[3]))
                        .map(e -> (BigDecimal) e[2]).toList());
                assertEquals(earned, paidOut.add(unpaid), "portal " + p + ": earned = paid out + unpaid");
            }
            Set<Long> inPayouts = new HashSet<>();
            for (Object[] payout : live.values()) {
                long payoutId = id(payout[0]);
                Set<Long> took = paidBy.get(payoutId);
                for (long earning : took) {
                    assertTrue(inPayouts.add(earning), "earning " + earning + " is in two payouts");
                }
                Money amount = Money.of((BigDecimal) payout[3], ((String) payout[5]).strip());
                assertTrue(amount.amount().signum() > 0, "a payout is above zero");
                assertTrue(amount.compareTo(PLANS[(int) (id(payout[1]) - FIRST_PORTAL)].threshold()) >= 0,
                        "a payout reaches the threshold");
                BigDecimal ofItsEarnings = sum(earnings.stream().filter(e -> took.contains(id(e[0])))
                        .map(e -> (BigDecimal) e[2]).toList());
                assertEquals(amount.amount(), ofItsEarnings, "a payout is the sum of its earnings");
                assertEquals(1, payouts.stream().filter(x -> id(x[1]) == id(payout[1]) && x[2].equals(payout[2])).count(),
                        "one payout per portal and period");
            }
            for (Object[] earning : earnings) {
                long earningId = id(earning[0]);
                if ("PAID".equals(earning[3])) {
                    Long payoutId = id(earning[4]);
                    assertTrue(live.containsKey(payoutId) && paidBy.get(payoutId).contains(earningId),
                            "a paid earning belongs to a payout that has not failed");
                } else {
                    assertEquals(null, earning[4]);
                    assertFalse(inPayouts.contains(earningId), "an unpaid earning is in no live payout");
                }
            }
        }

        // ---- writing and reading rows ----

        private void write(Earning earning) {
            setId(earning, nextId++);
            // The sale it came from is not written (no sale rows here); nothing under test reads it.
            db.update("INSERT INTO earning (id, portal_id, kind, client_id, reverses_earning_id, commission_plan_id, "
                            + "base_amount, base_currency, exchange_rate, rate_percent, paying_clients, amount, currency, "
                            + "earned_at, available_on, clawback_until, status) "
                            + "VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                    earning.getId(), earning.getPortalId(), earning.getKind().name(), earning.getReversesEarningId(),
                    earning.getCommissionPlanId(), earning.getBase().amount(), earning.getBase().currency().getCurrencyCode(),
                    earning.getExchangeRate(), earning.getRatePercent(), earning.getPayingClients(),
                    earning.getAmount().amount(), earning.getAmount().currency().getCurrencyCode(),
                    Timestamp.from(earning.getEarnedAt()), earning.getAvailableOn(), earning.getClawbackUntil(),
                    earning.getStatus().name());
        }

        private void claim(PayoutPeriod period) {
            if (db.rows("SELECT id FROM payout_run WHERE period = ?1", period.code()).isEmpty()) {
                Timestamp now = Timestamp.from(noon(today));
                db.update("INSERT INTO payout_run (id, period, status, started_at, heartbeat_at, portals_done, payouts_made, "
                        + "version) VALUES (?1, ?2, 'RUNNING', ?3, ?4, 0, 0, 1)", nextId++, period.code(), now, now);
            }
        }

        private long runOf(PayoutPeriod period) {
            return id(db.rows("SELECT id FROM payout_run WHERE period = ?1", period.code()).get(0)[0]);
        }

        private List<Balance> pages(PayoutPeriod period) {
            List<Balance> all = new ArrayList<>();
            for (int first = 0; ; first += 2) {
                List<Balance> page = PayoutBalances.forecast(db, period, first, 2);
                all.addAll(page);
                if (page.size() < 2) {
                    return all;
                }
            }
        }

        private static Set<String> paying(List<Balance> balances) {
            Set<String> paying = new TreeSet<>();
            balances.stream().filter(Balance::pays).forEach(line -> paying.add(line.portalId() + " " + line.available()
                    + " of " + line.earnings()));
            return paying;
        }

        private Set<String> madeSince(PayoutPeriod period, long lastBefore) {
            Set<String> made = new TreeSet<>();
            db.rows("SELECT portal_id, amount, currency, earnings_count FROM payout WHERE period = ?1 AND id > ?2",
                            period.code(), lastBefore)
                    .forEach(row -> made.add(id(row[0]) + " " + Money.of((BigDecimal) row[1], ((String) row[2]).strip())
                            + " of " + id(row[3])));
            return made;
        }

        private long lastPayoutId() {
            Object last = db.rows("SELECT MAX(id) FROM payout").get(0)[0];
            return last == null ? 0 : id(last);
        }

        private BigDecimal balanceBefore(long portalId, Currency currency, LocalDate cutOff) {
            Object sum = db.rows("SELECT SUM(amount) FROM earning WHERE portal_id = ?1 AND currency = ?2 "
                    + "AND status = 'AVAILABLE' AND available_on < ?3", portalId, currency.getCurrencyCode(), cutOff).get(0)[0];
            return sum == null ? BigDecimal.ZERO : (BigDecimal) sum;
        }

        private String snapshot() {
            StringBuilder state = new StringBuilder();
            db.rows("SELECT id, status, payout_id FROM earning ORDER BY id")
                    .forEach(e -> state.append(e[0]).append(e[1]).append(e[2]).append(';'));
            db.rows("SELECT id, status FROM payout ORDER BY id").forEach(p -> state.append(p[0]).append(p[1]).append(';'));
            return state.toString();
        }

        private static long id(Object value) {
            return ((Number) value).longValue();
        }

        private static Instant noon(LocalDate day) {
            return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        }

        private static BigDecimal sum(List<BigDecimal> amounts) {
            return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        private static void setId(Earning earning, long id) {
            try {
                Field field = Earning.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(earning, id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
