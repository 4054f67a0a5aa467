package org.switchboard.api.rest;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The opaque cursor of the lists other than clients (sales, earnings, payouts, visits): the
 * filter a list pages through and the last row it showed, as text parts under the list's name.
 * A cursor of another list, or one that does not decode, is refused rather than guessed at; it
 * carries nothing the caller did not send or see, and every page is read within the caller's portal.
 */
final class PageCursor {

    private static final String VERSION = "v1";

    private PageCursor() {
    }

    static String encode(String list, String... parts) {
        StringBuilder text = new StringBuilder(VERSION).append('|').append(list);
        for (String part : parts) {
            text.append('|').append(part == null ? "" : URLEncoder.encode(part, StandardCharsets.UTF_8));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor of {@code list} with {@code count} parts (an empty part is null); empty when it is none. */
    static Optional<List<String>> decode(String list, int count, String cursor) {
        try {
            String[] all = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|", -1);
            if (all.length != count + 2 || !VERSION.equals(all[0]) || !list.equals(all[1])) {
                return Optional.empty();
            }
            return Optional.of(Arrays.stream(all, 2, all.length)
                    .map(part -> part.isEmpty() ? null : URLDecoder.decode(part, StandardCharsets.UTF_8)).toList());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** A page's size: 1 to {@code most}, {@code otherwise} when none is asked. */
    static int limit(String limit, int otherwise, int most, List<Problem.FieldError> errors) {
        if (limit == null || limit.isBlank()) {
            return otherwise;
        }
        try {
            int parsed = Integer.parseInt(limit.strip());
            if (parsed >= 1 && parsed <= most) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        errors.add(new Problem.FieldError("limit", "A whole number from 1 to " + most + "."));
        return otherwise;
    }

    static Problem.FieldError notOurs() {
        return new Problem.FieldError("cursor", "Not a cursor this list gave out; pass a page's `next` as it came.");
    }

    static Problem.FieldError otherQuery() {
        return new Problem.FieldError("cursor",
                "This cursor pages another filter; send it alone or with the parameters it was made with.");
    }
}
