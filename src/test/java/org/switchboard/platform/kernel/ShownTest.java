package org.switchboard.platform.kernel;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShownTest {

    @Test
    void anInstantIsShownInUtcWhateverTheServersZone() {
        Instant lateEvening = Instant.parse("2026-11-25T23:30:00Z");
        assertEquals("25 Nov 2026", Shown.day(lateEvening));
        assertEquals("25 Nov 2026 23:30 UTC", Shown.dayAndTime(lateEvening));
        assertEquals("Nov 2026", Shown.month(lateEvening));
    }

    @Test
    void datesAndMonthsWithoutATimeAreShownAsThemselves() {
        assertEquals("1 Dec 2026", Shown.day(LocalDate.of(2026, 12, 1)));
        assertEquals("Dec 2026", Shown.month(YearMonth.of(2026, 12)));
    }

    @Test
    void nothingIsShownForNothing() {
        assertEquals("", Shown.day(null));
        assertEquals("", Shown.dayAndTime(null));
        assertEquals("", Shown.month(null));
    }
}
