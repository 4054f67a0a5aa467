package org.switchboard.earnings.control;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger's invariants over random histories of a few channel portals: sales, refunds, payout
 * runs (again for the same period, or dropped halfway as by a crash and run again) and payouts
 * that fail. The ledger here is a model of the database that does, step for step, what
 * {@code PayoutLedger} (release, portalsToPay, pay by chunks of portals) and {@code PayoutDesk}
 * (a failed payout returns its earnings) do in SQL, with the same rule classes deciding.
 */
class LedgerPropertiesTest {

    private static final int PORTALS = 3;
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

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

    @Property(tries = 500)
    void everyEarningIsPaidAtMostOnceAndPayoutsMatchTheBalance(@ForAll("histories") List<Action> history) {
        Ledger ledger = new Ledger();
        for (Action action : history) {
            ledger.apply(action);
            ledger.checkInvariants();
        }
    }

    // ---- the model -------------------------------------------------------------------------------

    enum Status { PENDING, AVAILABLE, PAID }

    enum PayoutState { ISSUED, PAID, FAILED }

    static final class Earning {
        final long id;
        final int portal;
        final Money amount;
        final LocalDate availableOn;
        final LocalDate clawbackUntil;
        final Money sale;
        Status status;
        Long payoutId;
        boolean refunded;

        Earning(long id, int portal, Money amount, LocalDate earnedOn, LocalDate availableOn, LocalDate clawbackUntil, Money sale) {
            this.id = id;
            this.portal = portal;
            this.amount = amount;
            this.availableOn = availableOn;
            this.clawbackUntil = clawbackUntil;
            this.sale = sale;
            this.status = availableOn.isAfter(earnedOn) ? Status.PENDING : Status.AVAILABLE;
        }
    }

    record Payout(long id, int portal, PayoutPeriod period, Money amount, Set<Long> earnings, Money threshold) {
    }

    static final class Ledger {
        // Per portal: its plan (one currency; some with tiers) and its paying clients.
        final CommissionTerms[] plans = new CommissionTerms[PORTALS];
        final int[] paying = {3, 7, 20};
        final List<Earning> earnings = new ArrayList<>();
        final List<Payout> payouts = new ArrayList<>();
        final Map<Long, PayoutState> payoutStates = new HashMap<>();
        final Set<PayoutPeriod> completed = new HashSet<>();
        LocalDate today = START;
        long nextId = 1;

        Ledger() {
            plans[0] = terms("EUR", List.of(), 0, 30, "0.00");
            plans[1] = terms("EUR", List.of(new CommissionTerms.Tier(5, new BigDecimal("2.50"))), 14, 60, "50.00");
            plans[2] = terms("USD", List.of(new CommissionTerms.Tier(10, new BigDecimal("90.00"))), 30, 90, "1000.00");
        }

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
                settle(fail.pick(), PayoutState.FAILED);
            } else if (action instanceof PayoutPaid paid) {
                settle(paid.pick(), PayoutState.PAID);
            }
        }

        /** As Commissions.commission; the sale is in EUR, converted for the USD plan. */
        private void sell(Sale sale) {
            today = today.plusDays(sale.daysLater());
            CommissionTerms terms = plans[sale.portal()];
            Money amount = new Money(BigDecimal.valueOf(sale.cents(), 2), Currency.getInstance("EUR"));
            if (amount.amount().signum() == 0) {
                return;
            }
            BigDecimal exchange = terms.currency().getCurrencyCode().equals("EUR") ? BigDecimal.ONE : new BigDecimal("1.08500000");
            CommissionTerms.AppliedRate rate = terms.rateFor(sale.type(), paying[sale.portal()]);
            Money earned = EarningRules.commission(amount, exchange, rate.percent(), terms.currency());
            assertTrue(earned.amount().signum() >= 0);
            earnings.add(new Earning(nextId++, sale.portal(), earned, today, EarningRules.availableOn(today, terms.holdDays()),
                    EarningRules.clawbackUntil(today, terms.clawbackDays()), amount));
        }

        /** As Commissions.clawBack: an earlier commission, reversed inside its window. */
        private void refund(Refund refund) {
            today = today.plusDays(refund.daysLater());
            List<Earning> charges = earnings.stream().filter(e -> e.sale != null && !e.refunded).toList();
            if (charges.isEmpty()) {
                return;
            }
            Earning original = charges.get(refund.pick() % charges.size());
            original.refunded = true;
            Money refunded = new Money(original.sale.amount().multiply(BigDecimal.valueOf(refund.percent()))
                    .movePointLeft(2), original.sale.currency()).negate();
            if (!EarningRules.clawsBack(today, original.clawbackUntil)) {
                return;
            }
            Money reversal = EarningRules.reversal(original.amount, original.sale, refunded);
            assertTrue(reversal.amount().signum() <= 0, "a reversal is never positive");
            assertTrue(reversal.negate().compareTo(original.amount) <= 0, "a reversal never exceeds the earning");
            LocalDate availableOn = EarningRules.reversalAvailableOn(today, original.availableOn);
            assertFalse(availableOn.isBefore(original.availableOn));
            earnings.add(new Earning(nextId++, original.portal, reversal, today, availableOn, availableOn, null));
        }

        private void run(Run run) {
            today = today.plusDays(run.daysLater());
            PayoutPeriod period = PayoutPeriod.lastEndedBefore(today);
            if (run.crashAfterChunks() >= 0) {
                payoutRun(period, run.portalsPerChunk(), run.crashAfterChunks());
            }
            payoutRun(period, run.portalsPerChunk(), Integer.MAX_VALUE);
            completed.add(period);
            if (run.again()) {
                String before = snapshot();
                payoutRun(period, run.portalsPerChunk(), Integer.MAX_VALUE);
                assertEquals(before, snapshot(), "running " + period + " again changes nothing");
            }
        }

        /** The job: release, then the portals to pay in chunks; a crash drops it after {@code chunks} chunks. */
        private void payoutRun(PayoutPeriod period, int portalsPerChunk, int chunks) {
            release(today);
            List<Integer> toPay = earnings.stream()
                    .filter(e -> e.status == Status.AVAILABLE && e.availableOn.isBefore(period.cutOff()))
                    .map(e -> e.portal).distinct().sorted().toList();
            for (int from = 0, chunk = 0; from < toPay.size() && chunk < chunks; from += portalsPerChunk, chunk++) {
                pay(period, toPay.subList(from, Math.min(toPay.size(), from + portalsPerChunk)));
            }
        }

        private void release(LocalDate day) {
            earnings.stream().filter(e -> e.status == Status.PENDING && !e.availableOn.isAfter(day))
                    .forEach(e -> e.status = Status.AVAILABLE);
        }

        /** As PayoutLedger.pay: per portal, its whole balance available before the cut-off, if PayoutRule says so. */
        private void pay(PayoutPeriod period, List<Integer> chunk) {
            for (int portal : chunk) {
                int p = portal;
                boolean paidAlready = payouts.stream().anyMatch(payout -> payout.portal() == p && payout.period().equals(period));
                if (paidAlready) {
                    continue;
                }
                List<Earning> payable = earnings.stream().filter(e -> e.portal == p && e.status == Status.AVAILABLE
                        && e.availableOn.isBefore(period.cutOff())).toList();
                Money threshold = plans[p].threshold();
                Money available = payable.stream().map(e -> e.amount).reduce(Money::plus).orElse(threshold.minus(threshold));
                if (!PayoutRule.decide(available, threshold).pay()) {
                    continue;
                }
                Payout payout = new Payout(nextId++, p, period, available, new HashSet<>(), threshold);
                for (Earning earning : payable) {
                    earning.status = Status.PAID;
                    earning.payoutId = payout.id();
                    payout.earnings().add(earning.id);
                }
                payouts.add(payout);
                payoutStates.put(payout.id(), PayoutState.ISSUED);
                assertEquals(0, balanceBefore(p, period.cutOff()).signum(),
                        "a payout takes exactly the balance available at its cut-off");
            }
        }

        /** As PayoutDesk: an issued payout is paid, or fails and its earnings return to the balance. */
        private void settle(int pick, PayoutState outcome) {
            List<Payout> issued = payouts.stream().filter(p -> payoutStates.get(p.id()) == PayoutState.ISSUED).toList();
            if (issued.isEmpty()) {
                return;
            }
            Payout payout = issued.get(pick % issued.size());
            payoutStates.put(payout.id(), outcome);
            if (outcome == PayoutState.FAILED) {
                earnings.stream().filter(e -> Long.valueOf(payout.id()).equals(e.payoutId) && e.status == Status.PAID)
                        .forEach(e -> {
                            e.status = Status.AVAILABLE;
                            e.payoutId = null;
                        });
            }
        }

        private BigDecimal balanceBefore(int portal, LocalDate cutOff) {
            return earnings.stream().filter(e -> e.portal == portal && e.status == Status.AVAILABLE
                    && e.availableOn.isBefore(cutOff)).map(e -> e.amount.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        void checkInvariants() {
            Map<Long, Payout> live = new HashMap<>();
            payouts.stream().filter(p -> payoutStates.get(p.id()) != PayoutState.FAILED).forEach(p -> live.put(p.id(), p));
            for (int portal = 0; portal < PORTALS; portal++) {
                int p = portal;
                BigDecimal earned = sum(earnings.stream().filter(e -> e.portal == p).map(e -> e.amount.amount()).toList());
                BigDecimal paidOut = sum(live.values().stream().filter(x -> x.portal() == p).map(x -> x.amount().amount()).toList());
                BigDecimal unpaid = sum(earnings.stream().filter(e -> e.portal == p && e.status != Status.PAID)
                        .map(e -> e.amount.amount()).toList());
                assertEquals(earned, paidOut.add(unpaid), "portal " + p + ": earned = paid out + unpaid");
            }
            Set<Long> inPayouts = new HashSet<>();
            for (Payout payout : live.values()) {
                for (long earning : payout.earnings()) {
                    assertTrue(inPayouts.add(earning), "earning " + earning + " is in two payouts");
                }
                assertTrue(payout.amount().amount().signum() > 0, "a payout is above zero");
                assertTrue(payout.amount().compareTo(payout.threshold()) >= 0, "a payout reaches the threshold");
                BigDecimal ofItsEarnings = sum(earnings.stream().filter(e -> payout.earnings().contains(e.id))
                        .map(e -> e.amount.amount()).toList());
                assertEquals(payout.amount().amount(), ofItsEarnings, "a payout is the sum of its earnings");
                assertEquals(1, payouts.stream().filter(x -> x.portal() == payout.portal()
                        && x.period().equals(payout.period())).count(), "one payout per portal and period");
            }
            for (Earning earning : earnings) {
                if (earning.status == Status.PAID) {
                    assertTrue(live.containsKey(earning.payoutId) && live.get(earning.payoutId).earnings().contains(earning.id),
                            "a paid earning belongs to a payout that has not failed");
                } else {
                    assertEquals(null, earning.payoutId);
                    assertFalse(inPayouts.contains(earning.id), "an unpaid earning is in no live payout");
                }
            }
        }

        private static BigDecimal sum(List<BigDecimal> amounts) {
            return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        private String snapshot() {
            StringBuilder state = new StringBuilder();
            earnings.forEach(e -> state.append(e.id).append(e.status).append(e.payoutId).append(';'));
            payouts.forEach(p -> state.append(p.id()).append(payoutStates.get(p.id())).append(';'));
            return state.toString();
        }
    }
}
