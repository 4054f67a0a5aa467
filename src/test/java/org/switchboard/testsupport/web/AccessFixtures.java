package org.switchboard.testsupport.web;

import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;

import java.net.URL;
import java.util.Map;

/**
 * The partner access and Accounts tests' builders beyond {@link Fixtures}: a finished partner visit
 * and a portal's demo account, made in the server through the access test helpers' servlet
 * ({@code /test-support/access}).
 */
public final class AccessFixtures {

    private final WebClient server;

    public AccessFixtures(URL deployment) {
        this.server = new WebClient(deployment);
    }

    /**
     * The partner signed in to the client as one of its users, for the reason, and went back to the
     * portal: the visit both access histories then show.
     */
    public void pastVisitAsUser(Portal portal, Person partner, Client client, Person user, String reason) {
        ask("past-visit-as-user", "portal", String.valueOf(portal.id()), "partner", partner.email(),
                "client", String.valueOf(client.id()), "user", user.email(), "reason", reason);
    }

    /** The same, with {@code changes} changes made during the visit, "Change 0001" onwards. */
    public void pastVisitAsUser(Portal portal, Person partner, Client client, Person user, String reason, int changes) {
        ask("past-visit-as-user", "portal", String.valueOf(portal.id()), "partner", partner.email(),
                "client", String.valueOf(client.id()), "user", user.email(), "reason", reason,
                "changes", String.valueOf(changes));
    }

    /** The portal's demo account, made as the product makes one with a new portal: sample people and work. */
    public Client demoAccount(Portal portal) {
        Map<String, String> answer = ask("demo-account", "portal", String.valueOf(portal.id()));
        return new Client(Long.parseLong(answer.get("id")), answer.get("name"));
    }

    private Map<String, String> ask(String action, String... nameValues) {
        return WebClient.fields(server.supportAt("test-support/access", action, nameValues));
    }
}
