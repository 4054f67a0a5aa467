package org.switchboard.earnings.control;

import org.junit.jupiter.api.Test;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EarningRulesTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Money commission(String sale, String rate, String percent) {
        return EarningRules.commission(eur(sale), new BigDecimal(rate), new BigDecimal(percent), EUR);
    }

    @Test
    void theCommissionIsRoundedHalfToEvenOnceAtTheEnd() {
        // 0.25 × 10 % = 0.025 -> 0.02; 0.35 × 10 % = 0.035 -> 0.04: half to even, not half up.
        assertEquals(eur("0.02"), commission("0.25", "1", "10"));
        assertEquals(eur("0.04"), commission("0.35", "1", "10"));
        assertEquals(eur("10.00"), commission("100.00", "1", "10.00"));
    }

    @Test
    void aSaleInAnotherCurrencyIsConvertedBeforeTheRate() {
        Money inEuros = EarningRules.commission(Money.of("100.00", "USD"), new BigDecimal("0.92000000"),
                new BigDecimal("12.50"), EUR);
        assertEquals(eur("11.50"), inEuros);
        // 33.33 × 1.0850 × 15 % = 5.42445... : converted and taken exactly, rounded once.
        assertEquals(eur("5.42"), EarningRules.commission(Money.of("33.33", "GBP"), new BigDecimal("1.0850"),
                new BigDecimal("15"), EUR));
    }

    @Test
    void badInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> commission("-1.00", "1", "10"), "a refund earns no commission");
        assertThrows(IllegalArgumentException.class, () -> commission("10.00", "0", "10"));
        assertThrows(IllegalArgumentException.class, () -> commission("10.00", "-1", "10"));
        assertThrows(IllegalArgumentException.class, () -> commission("10.00", "1", "-0.01"));
        assertThrows(IllegalArgumentException.class, () -> commission("10.00", "1", "100.01"));
        assertEquals(eur("10.00"), commission("10.00", "1", "100"));
        assertEquals(eur("0.00"), commission("10.00", "1", "0"));
    }

    @Test
    void aReversalIsTheRefundedShareAndNeverMoreThanTheEarning() {
        assertEquals(eur("-5.00"), EarningRules.reversal(eur("10.00"), eur("100.00"), eur("-50.00")));
        assertEquals(eur("-10.00"), EarningRules.reversal(eur("10.00"), eur("100.00"), eur("-100.00")));
        assertEquals(eur("-10.00"), EarningRules.reversal(eur("10.00"), eur("100.00"), eur("-250.00")), "capped");
        assertEquals(eur("-10.00"), EarningRules.reversal(eur("10.00"), eur("0.00"), eur("-1.00")), "a free sale");
        assertEquals(eur("0.00"), EarningRules.reversal(eur("10.00"), eur("100.00"), eur("0.00")));
    }

    @Test
    void aReversalIsRoundedOnceSoAnExactHalfCentGoesToEven() {
        // 11.88 × 93.75 / 198 = 5.625 exactly -> 5.62; 56.70 × 65 / 252 = 14.625 -> 14.62; 60.75 × 221 / 450 = 29.835 -> 29.84.
        assertEquals(eur("-5.62"), EarningRules.reversal(eur("11.88"), eur("198.00"), eur("-93.75")));
        assertEquals(eur("-14.62"), EarningRules.reversal(eur("56.70"), eur("252.00"), eur("-65.00")));
        assertEquals(eur("-29.84"), EarningRules.reversal(eur("60.75"), eur("450.00"), eur("-221.00")));
        // Thirds: 10.00 × 1 / 3 = 3.333... -> 3.33.
        assertEquals(eur("-3.33"), EarningRules.reversal(eur("10.00"), eur("3.00"), eur("-1.00")));
    }

    @Test
    void aRefundClawsBackUpToAndIncludingTheLastDayOfTheWindow() {
        LocalDate earned = LocalDate.of(2026, 1, 31);
        LocalDate until = EarningRules.clawbackUntil(earned, 30);
        assertEquals(LocalDate.of(2026, 3, 2), until);
        assertTrue(EarningRules.clawsBack(earned, until));
        assertTrue(EarningRules.clawsBack(until, until), "the last day");
        assertFalse(EarningRules.clawsBack(until.plusDays(1), until), "the day after");
        assertTrue(EarningRules.clawsBack(earned, EarningRules.clawbackUntil(earned, 0)), "a window of 0 days is the sale's day");
    }

    @Test
    void anEarningIsAvailableAfterItsHold() {
        assertEquals(LocalDate.of(2026, 2, 14), EarningRules.availableOn(LocalDate.of(2026, 1, 31), 14));
        assertEquals(LocalDate.of(2026, 1, 31), EarningRules.availableOn(LocalDate.of(2026, 1, 31), 0));
    }

    @Test
    void aReversalIsAvailableNotBeforeWhatItReversesNorBeforeTheRefund() {
        LocalDate reversedAvailable = LocalDate.of(2026, 3, 1);
        assertEquals(reversedAvailable, EarningRules.reversalAvailableOn(LocalDate.of(2026, 2, 10), reversedAvailable));
        assertEquals(reversedAvailable, EarningRules.reversalAvailableOn(reversedAvailable, reversedAvailable));
        assertEquals(LocalDate.of(2026, 3, 20), EarningRules.reversalAvailableOn(LocalDate.of(2026, 3, 20), reversedAvailable));
    }
}
