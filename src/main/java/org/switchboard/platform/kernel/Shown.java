package org.switchboard.platform.kernel;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How dates and times are written for people, in one place for pages, statements and charts:
 * "25 Nov 2026", "25 Nov 2026 14:05 UTC", "Nov 2026". In UTC until people choose a time zone;
 * exports write ISO dates for machines instead.
 */
public final class Shown {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    public static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Shown() {
    }

    /** An Instant, a LocalDate or a LocalDateTime as its day; nothing for null. */
    public static String day(TemporalAccessor when) {
        return when == null ? "" : DAY.format(when);
    }

    public static String dayAndTime(TemporalAccessor when) {
        return when == null ? "" : DAY_AND_TIME.format(when);
    }

    /** A YearMonth, a day or an Instant as its month. */
    public static String month(TemporalAccessor when) {
        return when == null ? "" : MONTH.format(when);
    }
}
