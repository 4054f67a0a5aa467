package org.switchboard.testsupport.web;

import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;

import java.net.URL;
import java.util.Map;

/**
 * The candidate-sharing builders for tests that drive the server from outside, beside
 * {@link Fixtures}: a portal that shares candidates, a client that opts in, open jobs and their
 * candidates, made through the test helpers' sharing servlet. The jobs and candidates are made by
 * a member of the client, as the workspace would, so they count in its figures and activity.
 */
public final class SharingFixtures {

    private final WebClient server;

    public SharingFixtures(URL deployment) {
        this.server = new WebClient(deployment);
    }

    /** Switches candidate sharing on for the portal's clients, as the operator would. */
    public void portalShares(Portal portal) {
        ask("portal-shares", "portal", String.valueOf(portal.id()));
    }

    /** The client's admin shares its candidates with the portal's other clients (the portal must share). */
    public void clientShares(Client client, Person admin) {
        ask("client-shares", "client", String.valueOf(client.id()), "by", admin.email());
    }

    /** An open job of the client, opened by one of its recruiters or admins; answers its id. */
    public long openJob(Client client, Person recruiter, String title) {
        return Long.parseLong(ask("job", "client", String.valueOf(client.id()), "by", recruiter.email(), "title", title));
    }

    /** A candidate with a unique e-mail address who applied to the job, recorded by the recruiter; answers its id. */
    public long candidate(Client client, long jobId, Person recruiter, String fullName) {
        String email = TestData.unique("candidate") + "@test.example";
        return Long.parseLong(ask("candidate", "client", String.valueOf(client.id()), "job", String.valueOf(jobId),
                "by", recruiter.email(), "name", fullName, "email", email));
    }

    private String ask(String action, String... nameValues) {
        return server.supportAt("test-support/sharing", action, nameValues).strip();
    }
}
