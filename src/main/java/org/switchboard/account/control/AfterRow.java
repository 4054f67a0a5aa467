package org.switchboard.account.control;

import org.switchboard.account.entity.ClientStatus;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Where a keyset page starts: just after the row with this sort value and id, in the search's
 * order. The API's cursors carry it as text, so a page goes on from the last row seen whatever
 * clients were added before it since (an offset would shift and repeat or skip rows).
 */
public record AfterRow(Object value, long id) {

    /** The value as text, for a cursor. */
    public String valueText() {
        return value instanceof ClientStatus status ? status.name() : value.toString();
    }

    /** The position named by a cursor's text for this sort; empty for text that sort cannot hold. */
    public static Optional<AfterRow> parse(AccountSort sort, String value, long id) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            Object parsed = switch (sort) {
                case NAME, PLAN -> value;
                case STATUS -> ClientStatus.valueOf(value);
                case SEATS, USERS, OPEN_JOBS, CANDIDATES -> Integer.valueOf(value);
                case LAST_ACTIVITY, CREATED -> Instant.parse(value);
            };
            return Optional.of(new AfterRow(parsed, id));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            return Optional.empty();
        }
    }
}
