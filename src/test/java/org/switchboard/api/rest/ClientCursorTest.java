package org.switchboard.api.rest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.switchboard.account.control.AccountSearch;
import org.switchboard.account.control.AccountSort;
import org.switchboard.account.control.AfterRow;
import org.switchboard.account.entity.ClientStatus;

import java.time.Instant;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cursor comes back as the search and row it was made from, whatever they hold; anything else is refused. */
class ClientCursorTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange(' ', '\u024f').withChars('|', '%', '+', '&', '_').ofMaxLength(40)
                .injectNull(0.3);
    }

    @Property(tries = 300)
    void aCursorDecodesToTheSearchAndRowItWasMadeFrom(@ForAll("texts") String text, @ForAll("texts") String plan,
                                                       @ForAll AccountSort sort, @ForAll boolean ascending,
                                                       @ForAll("texts") String name, @ForAll long id) {
        ClientStatus status = ClientStatus.values()[(int) Math.floorMod(id, ClientStatus.values().length)];
        AccountSearch search = new AccountSearch(text, id % 2 == 0 ? status : null, plan, sort, ascending);
        Object value = switch (sort) {
            case NAME, PLAN -> name == null || name.isEmpty() ? "x" : name;
            case STATUS -> status;
            case SEATS, USERS, OPEN_JOBS, CANDIDATES -> (int) (id % 10_000);
            case LAST_ACTIVITY, CREATED -> Instant.ofEpochSecond(Math.floorMod(id, 4_000_000_000L), 123_000);
        };
        ClientCursor cursor = new ClientCursor(search, new AfterRow(value, id));
        ClientCursor decoded = ClientCursor.decode(cursor.encode()).orElseThrow();
        assertEquals(search, decoded.search());
        assertEquals(cursor.after(), decoded.after());
    }

    @Test
    void textThatIsNoCursorIsRefused() {
        for (String forged : new String[]{"", "abc", "%%%", encode("v2|name|asc||||x|1"), encode("v1|colour|asc||||x|1"),
                encode("v1|seats|asc||||many|1"), encode("v1|name|up||||x|1"), encode("v1|name|asc||BOGUS||x|1"),
                encode("v1|name|asc||||x|one"), encode("v1|created|asc||||yesterday|1"), encode("v1|name|asc|||")}) {
            assertTrue(ClientCursor.decode(forged).isEmpty(), forged);
        }
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
