package org.switchboard.testsupport.web;

import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.testsupport.TestData;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The test-data builders for tests that drive the server from outside (HTTP, Chromium): each call
 * makes its rows in the server through the test helpers' servlet, with unique names, so that a test
 * class builds its own world and never leans on the demo data or another class's rows. Every login
 * made here has the password {@link #PASSWORD}.
 */
public final class Fixtures {

    public static final String PASSWORD = TestData.PASSWORD;

    public record Portal(long id, String name) {
    }

    public record Client(long id, String name) {
    }

    /** A login; {@code name} is "First Last" as pages show it. */
    public record Person(long id, String email, String name) {
    }

    private final WebClient server;

    /** An API token: its id and the secret an API client sends. */
    public record Token(long id, String secret) {
    }

    public Fixtures(URL deployment) {
        this.server = new WebClient(deployment);
    }

    /** A verified portal of the kind, named {@code name} plus a unique suffix. */
    public Portal portal(PortalKind kind, String name) {
        Map<String, String> answer = ask("portal", "kind", kind.name(), "name", name);
        return new Portal(Long.parseLong(answer.get("id")), answer.get("name"));
    }

    /** A portal that an operator has not verified yet. */
    public Portal pendingPortal(PortalKind kind, String name) {
        Map<String, String> answer = ask("portal", "kind", kind.name(), "name", name, "pending", "true");
        return new Portal(Long.parseLong(answer.get("id")), answer.get("name"));
    }

    /** An active client account of the portal ({@code null}: of no portal) that allows partner login. */
    public Client client(Portal portal, String name) {
        return client(portal, name, ClientStatus.ACTIVE);
    }

    public Client client(Portal portal, String name, ClientStatus status) {
        return client(portal, name, "status", status.name());
    }

    /** A client that has not allowed partner login. */
    public Client clientWithoutPartnerLogin(Portal portal, String name) {
        return client(portal, name, "allowPartnerLogin", "false");
    }

    /** A client that lets partners in with at most the given role. */
    public Client clientCappingPartnersAt(Portal portal, String name, ClientRole cap) {
        return client(portal, name, "cap", cap.name());
    }

    /** A client with any of the servlet's settings: status, plan, seats, allowPartnerLogin, cap. */
    public Client client(Portal portal, String name, String... settings) {
        List<String> parameters = new ArrayList<>(List.of("name", name));
        if (portal != null) {
            parameters.addAll(List.of("portal", String.valueOf(portal.id())));
        }
        parameters.addAll(Arrays.asList(settings));
        Map<String, String> answer = ask("client", parameters.toArray(String[]::new));
        return new Client(Long.parseLong(answer.get("id")), answer.get("name"));
    }

    /** A person with a login and a unique e-mail address. */
    public Person person(String firstName, String lastName) {
        Map<String, String> answer = ask("person", "first", firstName, "last", lastName);
        return new Person(Long.parseLong(answer.get("id")), answer.get("email"), firstName + " " + lastName);
    }

    /** A person whose password was set by someone else: they must change it at their first login. */
    public Person personWhoMustChangePassword(String firstName, String lastName) {
        Map<String, String> answer = ask("person", "first", firstName, "last", lastName, "mustChange", "true");
        return new Person(Long.parseLong(answer.get("id")), answer.get("email"), firstName + " " + lastName);
    }

    public Person portalAdmin(Portal portal, String firstName, String lastName) {
        Person person = person(firstName, lastName);
        ask("portal-member", "email", person.email(), "portal", String.valueOf(portal.id()), "role", PortalRole.PORTAL_ADMIN.name());
        return person;
    }

    /** A partner user who sees all the portal's clients. */
    public Person partnerUser(Portal portal, String firstName, String lastName) {
        Person person = person(firstName, lastName);
        ask("portal-member", "email", person.email(), "portal", String.valueOf(portal.id()), "role", PortalRole.PARTNER_USER.name());
        return person;
    }

    /** A partner user who sees only the assigned clients and, when {@code restricted}, never their Settings. */
    public Person assignedPartnerUser(Portal portal, String firstName, String lastName, boolean restricted, Client... assigned) {
        Person person = person(firstName, lastName);
        ask("portal-member", "email", person.email(), "portal", String.valueOf(portal.id()), "role", PortalRole.PARTNER_USER.name(),
                "assigned", Arrays.stream(assigned).map(client -> String.valueOf(client.id())).collect(Collectors.joining(",")),
                "restricted", String.valueOf(restricted));
        return person;
    }

    /** The person joins the portal with the role (all its clients in sight). */
    public Person joins(Person person, Portal portal, PortalRole role) {
        ask("portal-member", "email", person.email(), "portal", String.valueOf(portal.id()), "role", role.name());
        return person;
    }

    /** The person joins the client account with the role. */
    public Person joins(Person person, Client client, ClientRole role) {
        ask("client-member", "email", person.email(), "client", String.valueOf(client.id()), "role", role.name());
        return person;
    }

    public Person clientUser(Client client, ClientRole role, String firstName, String lastName) {
        return joins(person(firstName, lastName), client, role);
    }

    /** A platform operator. */
    public Person operator(String firstName, String lastName) {
        Person person = person(firstName, lastName);
        ask("operator", "email", person.email());
        return person;
    }

    /**
     * An API token made by the portal admin {@code owner} with every scope, valid 30 days; the
     * options ({@code perMinute}, {@code scopes}, {@code expired}, name-value pairs) change it.
     */
    public Token apiToken(Portal portal, Person owner, String... options) {
        String[] parameters = new String[4 + options.length];
        parameters[0] = "portal";
        parameters[1] = String.valueOf(portal.id());
        parameters[2] = "email";
        parameters[3] = owner.email();
        System.arraycopy(options, 0, parameters, 4, options.length);
        Map<String, String> answer = ask("api-token", parameters);
        return new Token(Long.parseLong(answer.get("id")), answer.get("secret"));
    }

    /**
     * The member becomes a partner user of the portal who sees only the assigned clients; a token
     * they made as an admin then acts with those narrower rights.
     */
    public void assignOnly(Person person, Portal portal, Client... assigned) {
        ask("assign-only", "email", person.email(), "portal", String.valueOf(portal.id()),
                "assigned", Arrays.stream(assigned).map(client -> String.valueOf(client.id())).collect(Collectors.joining(",")));
    }

    /** The member's role in the portal becomes {@code role}. */
    public void setPortalRole(Person person, Portal portal, PortalRole role) {
        ask("set-portal-role", "email", person.email(), "portal", String.valueOf(portal.id()), "role", role.name());
    }

    /** Locks the login as five wrong passwords in a row would. */
    public void lock(Person person) {
        ask("lock", "email", person.email());
    }

    public void deactivate(Person person) {
        server.support("deactivate", "email", person.email());
    }

    /** The single value a JPQL query answers, as text. */
    public String scalar(String jpql) {
        return server.support("scalar", "jpql", jpql);
    }

    /** A browser-less client signed in as the person (asserts the login worked). */
    public WebClient signedIn(URL deployment, Person person) {
        WebClient browser = new WebClient(deployment);
        WebClient.Page answer = browser.login(person.email(), PASSWORD);
        if (answer.status() != 302) {
            throw new AssertionError("login of " + person.email() + " answered " + answer.status());
        }
        return browser;
    }

    private Map<String, String> ask(String action, String... nameValues) {
        return WebClient.fields(server.supportAt("test-support", action, nameValues));
    }
}
