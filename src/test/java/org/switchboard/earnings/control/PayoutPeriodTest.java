package org.switchboard.earnings.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayoutPeriodTest {

    private static final PayoutPeriod OCTOBER = new PayoutPeriod(YearMonth.of(2026, 10));

    @Test
    void theCutOffIsTheFirstDayOfTheNextMonth() {
        assertEquals(LocalDate.of(2026, 11, 1), OCTOBER.cutOff());
        assertEquals(LocalDate.of(2027, 1, 1), new PayoutPeriod(YearMonth.of(2026, 12)).cutOff());
        assertEquals(LocalDate.of(2028, 3, 1), new PayoutPeriod(YearMonth.of(2028, 2)).cutOff());
    }

    @Test
    void aPeriodIsOverFromItsCutOffOn() {
        assertFalse(OCTOBER.isOverOn(LocalDate.of(2026, 10, 31)));
        assertTrue(OCTOBER.isOverOn(LocalDate.of(2026, 11, 1)));
        assertTrue(OCTOBER.isOverOn(LocalDate.of(2027, 5, 1)));
    }

    @Test
    void theRunOnAnyDayPaysTheMonthBefore() {
        assertEquals(OCTOBER, PayoutPeriod.lastEndedBefore(LocalDate.of(2026, 11, 1)));
        assertEquals(OCTOBER, PayoutPeriod.lastEndedBefore(LocalDate.of(2026, 11, 30)));
        assertEquals(new PayoutPeriod(YearMonth.of(2026, 12)), PayoutPeriod.lastEndedBefore(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void parsesAMonthAndNothingElse() {
        assertEquals(Optional.of(OCTOBER), PayoutPeriod.parse(" 2026-10 "));
        assertEquals(Optional.empty(), PayoutPeriod.parse(null));
        assertEquals(Optional.empty(), PayoutPeriod.parse("2026-13"));
        assertEquals(Optional.empty(), PayoutPeriod.parse("2026-10-01"));
        assertEquals(Optional.empty(), PayoutPeriod.parse("October"));
    }

    @Test
    void codeNextAndOrder() {
        assertEquals("2026-10", OCTOBER.code());
        assertEquals(new PayoutPeriod(YearMonth.of(2027, 1)), new PayoutPeriod(YearMonth.of(2026, 12)).next());
        assertTrue(OCTOBER.compareTo(OCTOBER.next()) < 0);
    }
}
