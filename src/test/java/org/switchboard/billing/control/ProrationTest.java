package org.switchboard.billing.control;

import org.junit.jupiter.api.Test;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProrationTest {

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void anUpgradeCostsTheDifferenceForTheDaysLeft() {
        // 30-day April, 10 seats at 8.00 to 12 seats at 8.00, on the 16th: 15 days of 16.00 left.
        assertEquals(eur("8.00"), Proration.upgrade(eur("80.00"), eur("96.00"),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 16)));
    }

    @Test
    void leapYearsCountTheTwentyNinthOfFebruary() {
        Money leap = Proration.upgrade(eur("0.00"), eur("29.00"), LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 1),
                LocalDate.of(2028, 2, 28));
        assertEquals(eur("2.00"), leap, "2 of 29 days");
        Money common = Proration.upgrade(eur("0.00"), eur("28.00"), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 2, 28));
        assertEquals(eur("1.00"), common, "1 of 28 days");
        Money annual = Proration.upgrade(eur("0.00"), eur("366.00"), LocalDate.of(2028, 1, 1), LocalDate.of(2029, 1, 1),
                LocalDate.of(2028, 12, 31));
        assertEquals(eur("1.00"), annual, "a leap year has 366 days");
    }

    @Test
    void onTheLastDayOrAfterNothingIsLeftAndBeforeTheStartAllOfIt() {
        LocalDate start = LocalDate.of(2026, 1, 31);
        LocalDate end = LocalDate.of(2026, 2, 28);
        assertEquals(eur("0.00"), Proration.upgrade(eur("10.00"), eur("50.00"), start, end, end));
        assertEquals(eur("0.00"), Proration.upgrade(eur("10.00"), eur("50.00"), start, end, end.plusDays(3)));
        assertEquals(eur("40.00"), Proration.upgrade(eur("10.00"), eur("50.00"), start, end, start.minusDays(2)));
    }

    @Test
    void roundingIsHalfToEvenOnceAtTheEnd() {
        // 10.00 over 3 of 8 days = 3.75 exactly; 1.00 over 1 of 8 = 0.125 -> 0.12 (half to even).
        assertEquals(eur("3.75"), Proration.upgrade(eur("0.00"), eur("10.00"), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 9), LocalDate.of(2026, 6, 6)));
        assertEquals(eur("0.12"), Proration.upgrade(eur("0.00"), eur("1.00"), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 9), LocalDate.of(2026, 6, 8)));
        assertEquals(new BigDecimal("0.12"), Money.round(new BigDecimal("0.125")));
        assertEquals(new BigDecimal("0.14"), Money.round(new BigDecimal("0.135")));
    }

    @Test
    void periodsCountFromTheAnchorSoMonthEndsDoNotDrift() {
        LocalDate anchor = LocalDate.of(2026, 1, 31);
        assertEquals(LocalDate.of(2026, 2, 28), Proration.periodEnd(anchor, BillingPeriod.MONTHLY, 0));
        assertEquals(LocalDate.of(2026, 3, 31), Proration.periodEnd(anchor, BillingPeriod.MONTHLY, 1));
        assertEquals(LocalDate.of(2028, 2, 29), Proration.periodEnd(LocalDate.of(2024, 2, 29), BillingPeriod.ANNUAL, 3),
                "a leap-day anchor renews on the leap day when there is one");
        assertEquals(LocalDate.of(2025, 2, 28), Proration.periodEnd(LocalDate.of(2024, 2, 29), BillingPeriod.ANNUAL, 0));
        assertEquals(LocalDate.of(2027, 1, 31), Proration.periodEnd(anchor, BillingPeriod.ANNUAL, 0));
    }

    @Test
    void currenciesNeverMix() {
        assertThrows(IllegalArgumentException.class, () -> eur("1.00").plus(Money.of("1.00", "GBP")));
        assertThrows(IllegalArgumentException.class, () -> Proration.upgrade(eur("1.00"), eur("2.00"),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)));
    }
}
