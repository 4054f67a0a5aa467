package org.switchboard.earnings.control;

import org.junit.jupiter.api.Test;
import org.switchboard.platform.kernel.Money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayoutRuleTest {

    private static boolean pays(String available, String threshold) {
        return PayoutRule.decide(Money.of(available, "EUR"), Money.of(threshold, "EUR")).pay();
    }

    @Test
    void aBalanceEqualToTheThresholdIsPaid() {
        assertTrue(pays("100.00", "100.00"));
        assertTrue(pays("100.01", "100.00"));
    }

    @Test
    void aBalanceBelowTheThresholdIsCarriedForward() {
        assertFalse(pays("99.99", "100.00"));
    }

    @Test
    void nothingOrANegativeBalanceIsNeverPaidWhateverTheThreshold() {
        assertFalse(pays("0.00", "0.00"));
        assertFalse(pays("-0.01", "0.00"));
        assertFalse(pays("-50.00", "-100.00"));
        assertTrue(pays("0.01", "0.00"));
    }

    @Test
    void aThresholdInAnotherCurrencyDoesNotHoldBackAPositiveBalance() {
        assertTrue(PayoutRule.decide(Money.of("5.00", "USD"), Money.of("100.00", "EUR")).pay());
        assertFalse(PayoutRule.decide(Money.of("0.00", "USD"), Money.of("100.00", "EUR")).pay());
    }

    @Test
    void aPortalThePeriodPaidAlreadyCarriesTheRestForwardWhateverItsBalance() {
        PayoutPeriod period = new PayoutPeriod(java.time.YearMonth.of(2026, 3));
        PayoutRule.Decision decision = PayoutRule.decide(period, Money.of("500.00", "EUR"), Money.of("50.00", "EUR"), true);
        assertFalse(decision.pay());
        assertEquals("Paid for 2026-03 already; the rest carries forward", decision.reason());
        assertTrue(PayoutRule.decide(period, Money.of("500.00", "EUR"), Money.of("50.00", "EUR"), false).pay());
    }
}
