package org.switchboard.testsupport.web;

import org.switchboard.billing.entity.SaleType;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Portal;

import java.net.URL;
import java.time.LocalDate;
import java.util.Map;

/**
 * The money builders for tests that drive the server from outside, next to {@link Fixtures}: a
 * channel partner earning under a commission plan, its paying clients, their sales (recorded through
 * the sales ledger, so they earn as in production) and a period paid out to one portal. Every
 * amount is in EUR.
 */
public final class EarningsFixtures {

    private final WebClient server;

    public EarningsFixtures(URL deployment) {
        this.server = new WebClient(deployment);
    }

    /**
     * A verified channel partner named {@code name} plus a unique suffix, under a plan from
     * {@code planFrom}: 20 % on NEW and UPGRADE sales, 10 % on RENEWAL, {@code holdDays} before an
     * earning is payable, 90 days' clawback, paid from {@code threshold} on.
     */
    public Portal channelPartner(String name, LocalDate planFrom, int holdDays, String threshold) {
        Map<String, String> answer = ask("channel-partner", "name", name, "from", planFrom.toString(),
                "holdDays", String.valueOf(holdDays), "threshold", threshold);
        return new Portal(Long.parseLong(answer.get("id")), answer.get("name"));
    }

    /** An active client of the portal with a monthly subscription, so that it can be sold to and counts as paying. */
    public Client payingClient(Portal portal, String name) {
        Map<String, String> answer = ask("paying-client", "portal", String.valueOf(portal.id()), "name", name);
        return new Client(Long.parseLong(answer.get("id")), answer.get("name"));
    }

    /** A sale to the client at noon (UTC) of the day, with what it earns; answers its id. */
    public long sale(Portal portal, Client client, SaleType type, String amount, LocalDate day) {
        return Long.parseLong(ask("sale", "portal", String.valueOf(portal.id()), "client", String.valueOf(client.id()),
                "type", type.name(), "amount", amount, "day", day.toString()).get("id"));
    }

    /**
     * Pays the period ("2023-01") to this portal alone, as its run would, and marks the period's run
     * done; answers the payout's id. The period must be one that no other test class pays.
     */
    public long paidOut(Portal portal, String period) {
        String id = ask("pay", "portal", String.valueOf(portal.id()), "period", period).get("id");
        if ("null".equals(id)) {
            throw new AssertionError(portal.name() + " has too little available before the cut-off of " + period);
        }
        return Long.parseLong(id);
    }

    private Map<String, String> ask(String action, String... nameValues) {
        return WebClient.fields(server.supportAt("test-support/earnings", action, nameValues));
    }
}
