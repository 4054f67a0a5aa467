package org.switchboard.platform.tenancy;

import org.junit.jupiter.api.Test;
import org.switchboard.account.control.AccountSearch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a session keeps survives serialization, as it must when sessions replicate across a cluster. */
class SessionStateTest {

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void theChosenAccountsSurviveReplication() throws Exception {
        CurrentAccount current = new CurrentAccount();
        current.choose(AccountRef.portal(7));
        current.choose(AccountRef.client(4051));

        CurrentAccount copy = roundTrip(current);

        assertEquals(AccountRef.portal(7), copy.chosen(AccountKind.PORTAL).orElseThrow());
        assertEquals(AccountRef.client(4051), copy.chosen(AccountKind.CLIENT).orElseThrow());
    }

    @Test
    void anOpenPartnerVisitSurvivesReplicationAndLeavingItForgetsItsClient() throws Exception {
        CurrentAccount current = new CurrentAccount();
        current.choose(AccountRef.portal(7));
        current.enter(new VisitTicket(250, 4051, "/portal/accounts.xhtml?q=harbour"));

        CurrentAccount copy = roundTrip(current);

        assertEquals(new VisitTicket(250, 4051, "/portal/accounts.xhtml?q=harbour"), copy.visit().orElseThrow());
        assertEquals(AccountRef.client(4051), copy.chosen(AccountKind.CLIENT).orElseThrow());
        copy.leaveVisit();
        assertTrue(copy.visit().isEmpty());
        assertTrue(copy.chosen(AccountKind.CLIENT).isEmpty(), "the visited client is not the person's own");
        assertEquals(AccountRef.portal(7), copy.chosen(AccountKind.PORTAL).orElseThrow());
    }

    @Test
    void anAccountsPageSearchSurvivesReplication() throws Exception {
        AccountSearch search = AccountSearch.fromUrl("harbour", "trial", "growth", "last-activity", "desc");
        assertEquals(search, roundTrip(search));
    }
}
