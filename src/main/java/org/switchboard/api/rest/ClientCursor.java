package org.switchboard.api.rest;

import org.switchboard.account.control.AccountSearch;
import org.switchboard.account.control.AccountSort;
import org.switchboard.account.control.AfterRow;
import org.switchboard.account.entity.ClientStatus;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque cursor of a client list: the search it pages through and the last row it showed. A
 * client passes it back as it was given; one that does not decode is a 400, never a guess. It
 * carries nothing the caller did not send or see, so a made-up cursor pages only within the
 * caller's own clients.
 */
record ClientCursor(AccountSearch search, AfterRow after) {

    private static final String VERSION = "v1";

    String encode() {
        String[] parts = {VERSION, search.sort().urlName(), search.ascending() ? "asc" : "desc", text(search.text()),
                search.status() == null ? "" : search.status().name(), text(search.plan()), text(after.valueText()),
                Long.toString(after.id())};
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("|", parts)
                .getBytes(StandardCharsets.UTF_8));
    }

    static Optional<ClientCursor> decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 8 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            Optional<AccountSort> sort = AccountSort.fromUrl(parts[1]);
            if (sort.isEmpty() || !(parts[2].equals("asc") || parts[2].equals("desc"))) {
                return Optional.empty();
            }
            ClientStatus status = parts[4].isEmpty() ? null : ClientStatus.valueOf(parts[4]);
            AccountSearch search = new AccountSearch(untext(parts[3]), status, untext(parts[5]), sort.get(),
                    parts[2].equals("asc"));
            return AfterRow.parse(sort.get(), untext(parts[6]), Long.parseLong(parts[7]))
                    .map(after -> new ClientCursor(search, after));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String text(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String untext(String value) {
        return value.isEmpty() ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
