package org.switchboard.earnings.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** What the Earnings page shows: months from and to (inclusive, either open) and one client or all. */
public record EarningsFilter(YearMonth from, YearMonth to, Long clientId) implements Serializable {

    public static EarningsFilter all() {
        return new EarningsFilter(null, null, null);
    }

    public Instant fromInstant() {
        return from == null ? null : from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first instant after the filter. */
    public Instant untilInstant() {
        return to == null ? null : to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
