package org.switchboard.api.rest;

import org.switchboard.earnings.boundary.EarningsFilter;
import org.switchboard.earnings.boundary.EarningsViews.TimeMark;
import org.switchboard.earnings.control.PayoutPeriod;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A request for a page of sales, earnings or payouts once read: the Earnings page's filter (months
 * from and to, a client), the page size, and where the previous page ended (none: the first page),
 * from the parameters or from the cursor, which holds the filter it pages.
 */
record EarningsQuery(EarningsFilter filter, int limit, String markValue, Long markId) {

    TimeMark timeMark() {
        return markId == null ? null : new TimeMark(Instant.parse(markValue), markId);
    }

    static String next(String list, EarningsFilter filter, String markValue, long markId) {
        return PageCursor.encode(list, text(filter.from()), text(filter.to()),
                filter.clientId() == null ? null : filter.clientId().toString(), markValue, Long.toString(markId));
    }

    private static String text(YearMonth month) {
        return month == null ? null : month.toString();
    }

    /** The filter, page size and cursor of a list request, or a 400 naming each parameter at fault. */
    static EarningsQuery of(String list, String from, String to, String client, boolean byClient, String limit,
                          String cursor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        YearMonth fromMonth = month("from", from, errors);
        YearMonth toMonth = month("to", to, errors);
        if (fromMonth != null && toMonth != null && fromMonth.isAfter(toMonth)) {
            errors.add(new Problem.FieldError("to", "The period starts after it ends; give a `to` month on or after `from`."));
        }
        Long clientId = byClient ? clientId(client, errors) : null;
        int size = PageCursor.limit(limit, EarningsResource.DEFAULT_LIMIT, EarningsResource.MOST_LIMIT, errors);
        EarningsFilter filter = new EarningsFilter(fromMonth, toMonth, clientId);
        String markValue = null;
        Long markId = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> parts = PageCursor.decode(list, 5, cursor).filter(EarningsQuery::wellFormed).orElse(null);
            if (parts == null) {
                errors.add(PageCursor.notOurs());
            } else {
                EarningsFilter ofCursor = new EarningsFilter(parts.get(0) == null ? null : YearMonth.parse(parts.get(0)),
                        parts.get(1) == null ? null : YearMonth.parse(parts.get(1)),
                        parts.get(2) == null ? null : Long.valueOf(parts.get(2)));
                boolean anySent = Arrays.stream(new String[]{from, to, client}).anyMatch(p -> p != null && !p.isBlank());
                if (anySent && !Objects.equals(ofCursor, filter)) {
                    errors.add(PageCursor.otherQuery());
                } else {
                    filter = ofCursor;
                    markValue = parts.get(3);
                    markId = Long.valueOf(parts.get(4));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return new EarningsQuery(filter, size, markValue, markId);
    }

    /** Whether a decoded cursor's parts are what this resource writes into one. */
    private static boolean wellFormed(List<String> parts) {
        try {
            if (parts.get(0) != null) {
                YearMonth.parse(parts.get(0));
            }
            if (parts.get(1) != null) {
                YearMonth.parse(parts.get(1));
            }
            if (parts.get(2) != null) {
                Long.parseLong(parts.get(2));
            }
            if (parts.get(3) == null || parts.get(4) == null) {
                return false;
            }
            Long.parseLong(parts.get(4));
            return parts.get(3).length() == 7 ? PayoutPeriod.parse(parts.get(3)).isPresent() : Instant.parse(parts.get(3)) != null;
        } catch (DateTimeParseException | NumberFormatException malformed) {
            return false;
        }
    }

    private static YearMonth month(String field, String text, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException notAMonth) {
            errors.add(new Problem.FieldError(field, "A month as YYYY-MM, e.g. 2026-01."));
            return null;
        }
    }

    private static Long clientId(String text, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        errors.add(new Problem.FieldError("client", "A client's id, a whole number."));
        return null;
    }
}
