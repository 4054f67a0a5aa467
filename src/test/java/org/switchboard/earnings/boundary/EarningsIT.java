package org.switchboard.earnings.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.billing.boundary.SalesLedger;
import org.switchboard.billing.entity.Sale;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.billing.entity.Subscription;
import org.switchboard.earnings.control.CommissionTerms;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.entity.CommissionPlan;
import org.switchboard.earnings.entity.Earning;
import org.switchboard.earnings.entity.EarningKind;
import org.switchboard.earnings.entity.EarningStatus;
import org.switchboard.earnings.entity.HeldSale;
import org.switchboard.earnings.entity.Payout;
import org.switchboard.earnings.entity.PayoutRun;
import org.switchboard.earnings.entity.PayoutRunStatus;
import org.switchboard.platform.kernel.Money;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.referral.boundary.ReferralWon;
import org.switchboard.testsupport.PayoutCrash;
import org.switchboard.testsupport.TestData;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

// Over 300 lines: the earnings ledger's end-to-end cases (commissions, clawbacks, rates, runs, crashes) share one set of builders.
/**
 * The earnings ledger and the payout run in the container: what each sale earns, and that the
 * batch job pays every earning exactly once — run cleanly, run twice, run twice at once, and
 * crashed halfway then restarted. Sales are dated in 2024 and runs pay 2024 periods, apart from
 * the demo data's last twelve months, as the PostgreSQL test database is shared with other classes.
 */
@ExtendWith(ArquillianExtension.class)
class EarningsIT {

    @Inject
    TestData data;

    @Inject
    SalesLedger sales;

    @Inject
    HeldSales held;

    @Inject
    PayoutLauncher launcher;

    @Inject
    PayoutClaims claims;

    @Inject
    PayoutLedger ledger;

    @Inject
    Event<ReferralWon> referralWon;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @AfterEach
    void disarm() {
        PayoutCrash.disarm();
    }

    private static CommissionTerms terms(String newRate, String threshold, int holdDays, int clawbackDays,
                                         CommissionTerms.Tier... tiers) {
        return new CommissionTerms(Map.of(SaleType.NEW, new BigDecimal(newRate), SaleType.RENEWAL, new BigDecimal("10"),
                SaleType.UPGRADE, new BigDecimal(newRate)), List.of(tiers), Money.of("250.00", "EUR"), holdDays,
                clawbackDays, Money.of(threshold, "EUR"));
    }

    /** A channel portal with one paying client and a plan from 1 January 2024. */
    private final class Partner {
        final Portal portal;
        final ClientAccount client;
        final Subscription subscription;
        final CommissionPlan plan;

        Partner(CommissionTerms terms) {
            this(PortalKind.CHANNEL_PARTNER, terms);
        }

        Partner(PortalKind kind, CommissionTerms terms) {
            portal = data.portal(kind);
            client = data.client(portal, ClientStatus.ACTIVE);
            subscription = data.subscription(client, "growth", 5);
            plan = data.commissionPlan(portal, LocalDate.of(2024, 1, 1), terms);
        }

        Sale sell(SaleType type, String amount, String currency, LocalDate day) {
            return sales.record(new Sale(TestData.unique(type.name()), type, portal.getId(), client.getId(),
                    subscription.getId(), Money.of(amount, currency), day.atTime(12, 0).toInstant(ZoneOffset.UTC),
                    type + " in a test", null));
        }

        Sale refund(Sale charge, LocalDate day) {
            return sales.record(new Sale("REFUND:" + charge.getId(), SaleType.REFUND, portal.getId(), client.getId(),
                    subscription.getId(), charge.getAmount().negate(), day.atTime(12, 0).toInstant(ZoneOffset.UTC),
                    "Refund in a test", charge.getId()));
        }

        List<Earning> earnings() {
            return data.all(Earning.class, "e.portalId = ?1 order by e.id", portal.getId());
        }

        List<Payout> payouts() {
            return data.all(Payout.class, "e.portalId = ?1 order by e.id", portal.getId());
        }

        BigDecimal total() {
            return earnings().stream().map(e -> e.getAmount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    // --- what a sale earns ---

    @Test
    void aSaleEarnsUnderThePlanVersionInForceOnItsDateAndALaterVersionNeverTouchesIt() {
        Partner partner = new Partner(terms("20", "100.00", 30, 90));
        CommissionPlan later = data.commissionPlan(partner.portal, LocalDate.of(2024, 9, 1), terms("30", "100.00", 30, 90));

        partner.sell(SaleType.NEW, "200.00", "EUR", LocalDate.of(2024, 8, 10));
        partner.sell(SaleType.NEW, "200.00", "EUR", LocalDate.of(2024, 9, 10));
        partner.sell(SaleType.RENEWAL, "200.00", "EUR", LocalDate.of(2024, 9, 11));

        List<Earning> earnings = partner.earnings();
        assertEquals(3, earnings.size());
        assertEquals(Money.of("40.00", "EUR"), earnings.get(0).getAmount());
        assertEquals(partner.plan.getId(), earnings.get(0).getCommissionPlanId());
        assertEquals(Money.of("60.00", "EUR"), earnings.get(1).getAmount());
        assertEquals(later.getId(), earnings.get(1).getCommissionPlanId());
        assertEquals(Money.of("20.00", "EUR"), earnings.get(2).getAmount(), "renewals earn their own rate");
        assertEquals(LocalDate.of(2024, 9, 9), earnings.get(0).getAvailableOn(), "30 days' hold");
        assertEquals(LocalDate.of(2024, 11, 8), earnings.get(0).getClawbackUntil(), "90 days' clawback window");
    }

    @Test
    void volumeTiersAddPointsOnceThePortalHasEnoughPayingClients() {
        Partner partner = new Partner(terms("20", "100.00", 30, 90, new CommissionTerms.Tier(2, new BigDecimal("5"))));
        partner.sell(SaleType.NEW, "100.00", "EUR", LocalDate.of(2024, 8, 1));
        data.subscription(data.client(partner.portal, ClientStatus.ACTIVE), "starter", 2);
        partner.sell(SaleType.NEW, "100.00", "EUR", LocalDate.of(2024, 8, 2));

        List<Earning> earnings = partner.earnings();
        assertEquals(0, new BigDecimal("20").compareTo(earnings.get(0).getRatePercent()), "one paying client");
        assertEquals(Money.of("25.00", "EUR"), earnings.get(1).getAmount(), "two paying clients reach the tier");
        assertEquals(2, earnings.get(1).getPayingClients());
    }

    @Test
    void onlyChannelPartnersEarnAndOnlyUnderAPlan() {
        Partner bureau = new Partner(PortalKind.SERVICE_PROVIDER, terms("20", "100.00", 30, 90));
        bureau.sell(SaleType.NEW, "100.00", "EUR", LocalDate.of(2024, 8, 1));
        assertTrue(bureau.earnings().isEmpty());

        Partner early = new Partner(terms("20", "100.00", 30, 90));
        early.sell(SaleType.NEW, "100.00", "EUR", LocalDate.of(2023, 12, 31));
        assertTrue(early.earnings().isEmpty(), "a sale before the plan's first version earns nothing");
    }

    @Test
    void aRefundInsideTheClawbackWindowAddsAReversalAndOneAfterItDoesNot() {
        Partner partner = new Partner(terms("20", "100.00", 30, 90));
        Sale early = partner.sell(SaleType.NEW, "150.00", "EUR", LocalDate.of(2024, 7, 1));
        Sale late = partner.sell(SaleType.RENEWAL, "150.00", "EUR", LocalDate.of(2024, 7, 2));
        partner.refund(early, LocalDate.of(2024, 9, 29));  // day 90
        partner.refund(late, LocalDate.of(2024, 10, 1));   // day 91

        List<Earning> earnings = partner.earnings();
        assertEquals(3, earnings.size());
        Earning clawback = earnings.get(2);
        assertEquals(EarningKind.CLAWBACK, clawback.getKind());
        assertEquals(earnings.get(0).getId(), clawback.getReversesEarningId());
        assertEquals(Money.of("-30.00", "EUR"), clawback.getAmount());
        assertEquals(Money.of("30.00", "EUR"), earnings.get(0).getAmount(), "the reversed entry is never changed");
        assertEquals(0, new BigDecimal("15.00").compareTo(partner.total()));
    }

    @Test
    void aSaleInAnotherCurrencyWaitsForItsRateAndIsEarnedAtTheRateOfItsDate() {
        Partner partner = new Partner(terms("20", "100.00", 30, 90));
        Sale dollars = partner.sell(SaleType.NEW, "100.00", "USD", LocalDate.of(2024, 8, 20));
        assertTrue(partner.earnings().isEmpty(), "never guessed");
        HeldSale hold = data.all(HeldSale.class, "e.saleId = ?1", dollars.getId()).get(0);
        assertTrue(hold.getReason().contains("USD"));

        data.exchangeRate("USD", "EUR", LocalDate.of(2024, 8, 1), "0.90000000");
        data.exchangeRate("USD", "EUR", LocalDate.of(2024, 8, 21), "0.50000000");
        held.earnWaiting();

        Earning earning = partner.earnings().get(0);
        assertEquals(Money.of("18.00", "EUR"), earning.getAmount());
        assertEquals(0, new BigDecimal("0.9").compareTo(earning.getExchangeRate()));
        assertEquals(Money.of("100.00", "USD"), earning.getBase());
        assertNotNull(data.all(HeldSale.class, "e.saleId = ?1", dollars.getId()).get(0).getResolvedAt());
    }

    @Test
    void aWonReferralEarnsTheBountyOnce() {
        Partner partner = new Partner(terms("20", "100.00", 30, 90));
        org.switchboard.referral.entity.Referral referral = data.referral(partner.portal);
        Instant won = LocalDate.of(2024, 8, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        referralWon.fire(new ReferralWon(referral.getId(), partner.portal.getId(), partner.client.getId(), won));
        referralWon.fire(new ReferralWon(referral.getId(), partner.portal.getId(), partner.client.getId(), won));

        List<Earning> earnings = partner.earnings();
        assertEquals(1, earnings.size());
        assertEquals(EarningKind.BOUNTY, earnings.get(0).getKind());
        assertEquals(Money.of("250.00", "EUR"), earnings.get(0).getAmount());
    }

    // --- the payout run ---

    private PayoutRun awaitEnd(long runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            PayoutRun run = claims.find(runId);
            if (run.getStatus() != PayoutRunStatus.RUNNING) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Payout run " + runId + " did not end within 90 s");
    }

    /** Partners with earnings available in the period: above, at and below the threshold, and negative. */
    private List<Partner> partnersToPay(LocalDate saleDay, int count) {
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Partner partner = new Partner(terms("20", "100.00", 0, 90));
            partner.sell(SaleType.NEW, Integer.toString(600 + i * 100) + ".00", "EUR", saleDay);
            partners.add(partner);
        }
        return partners;
    }

    @Test
    void aRunPaysWhatReachesTheThresholdCarriesTheRestForwardAndCannotRunTwice() throws Exception {
        LocalDate day = LocalDate.of(2024, 2, 10);
        Partner above = partnersToPay(day, 1).get(0);             // 120.00 + 50.00 = 170.00
        above.sell(SaleType.UPGRADE, "250.00", "EUR", day.plusDays(1));
        Partner exactly = new Partner(terms("20", "100.00", 0, 90));
        exactly.sell(SaleType.NEW, "500.00", "EUR", day);          // 100.00
        Partner below = new Partner(terms("20", "100.00", 0, 90));
        below.sell(SaleType.NEW, "495.00", "EUR", day);            // 99.00
        Partner negative = new Partner(terms("20", "100.00", 0, 90));
        Sale charge = negative.sell(SaleType.NEW, "500.00", "EUR", day);
        negative.refund(charge, day.plusDays(2));                  // 0.00
        Partner later = new Partner(terms("20", "100.00", 0, 90));
        later.sell(SaleType.NEW, "900.00", "EUR", LocalDate.of(2024, 3, 1)); // after the cut-off

        PayoutRun run = awaitEnd(launcher.launch(null, PayoutPeriod.parse("2024-02").orElseThrow(), 2));

        assertEquals(PayoutRunStatus.COMPLETED, run.getStatus(), () -> String.valueOf(run.getFailure()));
        assertEquals(List.of(Money.of("170.00", "EUR")), above.payouts().stream().map(Payout::getAmount).toList());
        assertEquals(2, above.payouts().get(0).getEarningsCount());
        assertTrue(above.earnings().stream().allMatch(e -> e.getStatus() == EarningStatus.PAID
                && above.payouts().get(0).getId().equals(e.getPayoutId())));
        assertEquals(Money.of("100.00", "EUR"), exactly.payouts().get(0).getAmount(), "the threshold itself is paid");
        assertTrue(below.payouts().isEmpty(), "below the threshold: carried forward");
        assertTrue(below.earnings().stream().allMatch(e -> e.getStatus() == EarningStatus.AVAILABLE));
        assertTrue(negative.payouts().isEmpty());
        assertTrue(later.payouts().isEmpty());

        Refused again = assertThrows(Refused.class, () -> launcher.launch(null, PayoutPeriod.parse("2024-02").orElseThrow(), 2));
        assertTrue(again.getMessage().contains("done already"), again.getMessage());
        assertEquals(1, above.payouts().size());
        assertThrows(Refused.class, () -> launcher.launch(null, PayoutPeriod.lastEndedBefore(LocalDate.now()).next(), null),
                "a period that has not ended cannot be paid");
    }

    @Test
    void twoRunsStartedAtOnceMakeOneRunAndPayOnce() throws Exception {
        List<Partner> partners = partnersToPay(LocalDate.of(2024, 3, 5), 4);
        PayoutPeriod period = PayoutPeriod.parse("2024-03").orElseThrow();
        Callable<Long> start = () -> launcher.launch(null, period, 1);
        Future<Long> first = executor.submit(start);
        Future<Long> second = executor.submit(start);
        List<Long> started = new ArrayList<>();
        int refused = 0;
        for (Future<Long> attempt : List.of(first, second)) {
            try {
                started.add(attempt.get());
            } catch (ExecutionException lost) {
                assertTrue(lost.getCause() instanceof Refused, () -> "unexpected: " + lost.getCause());
                refused++;
            }
        }
        assertEquals(1, started.size());
        assertEquals(1, refused);
        assertEquals(PayoutRunStatus.COMPLETED, awaitEnd(started.get(0)).getStatus());
        for (Partner partner : partners) {
            assertEquals(1, partner.payouts().size());
            assertEquals(partner.total(), partner.payouts().get(0).getAmount().amount());
        }
    }

    @Test
    void aRunThatCrashesHalfwayIsRestartedAndPaysEveryEarningOnce() throws Exception {
        List<Partner> partners = partnersToPay(LocalDate.of(2024, 4, 3), 5);
        Map<Long, BigDecimal> expected = new java.util.HashMap<>();
        partners.forEach(partner -> expected.put(partner.portal.getId(), partner.total()));
        PayoutPeriod period = PayoutPeriod.parse("2024-04").orElseThrow();

        PayoutCrash.armForNextRun(2);
        long runId = launcher.launch(null, period, 2);
        PayoutRun crashed = awaitEnd(runId);
        assertEquals(PayoutRunStatus.FAILED, crashed.getStatus());
        long paidBeforeRestart = partners.stream().filter(p -> !p.payouts().isEmpty()).count();
        assertTrue(paidBeforeRestart < partners.size(), "the crash stopped the run partway");

        PayoutCrash.disarm();
        assertEquals(runId, launcher.launch(null, period, 2), "the restart takes over the failed run's claim");
        assertEquals(PayoutRunStatus.COMPLETED, awaitEnd(runId).getStatus());

        for (Partner partner : partners) {
            assertEquals(1, partner.payouts().size(), "paid once");
            assertEquals(0, expected.get(partner.portal.getId()).compareTo(partner.payouts().get(0).getAmount().amount()));
            assertTrue(partner.earnings().stream().allMatch(e -> e.getStatus() == EarningStatus.PAID));
        }
        // The ledger balances: every earning of these portals is in exactly one payout of the period.
        BigDecimal paid = partners.stream().flatMap(p -> p.payouts().stream()).map(p -> p.getAmount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal earned = partners.stream().map(Partner::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, earned.compareTo(paid));
        assertFalse(data.all(Payout.class, "e.runId = ?1", runId).isEmpty());
    }

    @Test
    void aChunkRepeatedAfterItsPortalsWerePaidPaysNothingMore() {
        List<Partner> partners = partnersToPay(LocalDate.of(2024, 5, 3), 2);
        PayoutPeriod period = PayoutPeriod.parse("2024-05").orElseThrow();
        long runId = claims.claim(period.code(), null);
        List<Long> chunk = partners.stream().map(p -> p.portal.getId()).sorted().toList();
        ledger.release(LocalDate.now());
        assertEquals(2, ledger.pay(runId, period, chunk));
        assertEquals(0, ledger.pay(runId, period, chunk), "as after a crash between commit and checkpoint");
        partners.forEach(partner -> assertEquals(1, partner.payouts().size()));
    }
}
