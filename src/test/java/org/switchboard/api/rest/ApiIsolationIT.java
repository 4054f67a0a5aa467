package org.switchboard.api.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.identity.control.Tokens;
import org.switchboard.testsupport.web.ApiClient;
import org.switchboard.testsupport.web.ApiClient.Answer;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.Fixtures.Token;
import org.switchboard.testsupport.web.WebClient;

import java.lang.reflect.Method;
import java.net.URL;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The partner API as attackers meet it: every operation, called with no token, a forged, revoked or
 * expired token, a deactivated owner's, one without the scope, and another portal's, answers
 * 401/403/404 and gives nothing away. {@link #OPERATIONS} lists every operation; a resource method
 * missing from it fails {@link #everyApiOperationIsInTheAttackersList}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIsolationIT {

    /**
     * Every API operation, "METHOD path" with {id} for an id (the victim's client's: of a payout,
     * it names none of the victim's, and is not found either way), and the scope it needs.
     */
    static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry("GET clients", "accounts:read"),
            Map.entry("GET clients/{id}", "accounts:read"),
            Map.entry("POST trials", "provisioning:write"),
            Map.entry("POST subscriptions", "provisioning:write"),
            Map.entry("GET clients/{id}/subscription", "accounts:read"),
            Map.entry("POST clients/{id}/subscription/convert", "subscriptions:write"),
            Map.entry("POST clients/{id}/subscription/upgrade", "subscriptions:write"),
            Map.entry("POST clients/{id}/subscription/downgrade", "subscriptions:write"),
            Map.entry("POST clients/{id}/subscription/cancel", "subscriptions:write"),
            Map.entry("GET people", "people:read"),
            Map.entry("POST people", "people:write"),
            Map.entry("POST people/{id}/deactivate", "people:write"),
            Map.entry("GET webhooks", "webhooks:write"),
            Map.entry("POST webhooks", "webhooks:write"),
            Map.entry("GET webhooks/{id}", "webhooks:write"),
            Map.entry("PUT webhooks/{id}", "webhooks:write"),
            Map.entry("DELETE webhooks/{id}", "webhooks:write"),
            Map.entry("POST webhooks/{id}/rotate-secret", "webhooks:write"),
            Map.entry("POST webhooks/{id}/enable", "webhooks:write"),
            Map.entry("POST webhooks/{id}/disable", "webhooks:write"),
            Map.entry("POST webhooks/{id}/test", "webhooks:write"),
            Map.entry("GET webhooks/{id}/deliveries", "webhooks:write"),
            Map.entry("POST webhooks/{id}/deliveries/{deliveryId}/resend", "webhooks:write"),
            Map.entry("GET sales", "earnings:read"),
            Map.entry("GET earnings", "earnings:read"),
            Map.entry("GET payouts", "earnings:read"),
            Map.entry("GET payouts/{id}", "earnings:read"),
            Map.entry("GET payouts/{id}/statement", "earnings:read"),
            Map.entry("GET access-history", "access:read"),
            Map.entry("POST referrals", "provisioning:write"));

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    private record Victim(Portal portal, Person admin, Client client, Token token) {
    }

    private Victim victim() {
        Portal portal = fixtures().portal(PortalKind.CHANNEL_PARTNER, "Victim Partners");
        Person admin = fixtures().portalAdmin(portal, "Vera", "Victim");
        Client client = fixtures().client(portal, "Victim Secret Clinic");
        return new Victim(portal, admin, client, fixtures().apiToken(portal, admin));
    }

    private static String path(String operation, long id) {
        return operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[A-Za-z]+}", String.valueOf(id));
    }

    private Answer call(String token, String operation, Client client) {
        return call(token, operation, client.id());
    }

    /** The operation with every id in its path the given one. */
    private Answer call(String token, String operation, long id) {
        String method = operation.substring(0, operation.indexOf(' '));
        ApiClient api = new ApiClient(deployment, token);
        return method.equals("GET") ? api.get(path(operation, id)) : api.send(method, path(operation, id), null);
    }

    private void everyOperationAnswers(int status, String token, Client client, String story) {
        for (String operation : OPERATIONS.keySet()) {
            Answer answer = call(token, operation, client);
            assertEquals(status, answer.status(), story + ": " + operation + " answered " + answer.body());
            assertTrue(answer.contentType().startsWith("application/problem+json"), story + ": " + answer.contentType());
            assertFalse(answer.body().contains("Victim Secret Clinic"), story + " leaked the client: " + operation);
            if (status == 401) {
                assertTrue(answer.header("WWW-Authenticate").startsWith("Bearer"), story);
            }
        }
    }

    @Test
    void everyApiOperationIsInTheAttackersList() {
        Set<String> found = new HashSet<>();
        for (Class<?> resource : List.of(ClientsResource.class, ProvisioningResource.class, SubscriptionResource.class,
                PeopleResource.class, EarningsResource.class, AccessHistoryResource.class, ReferralsResource.class,
                WebhooksResource.class)) {
            String base = resource.getAnnotation(Path.class).value().replaceAll("^/|/$", "");
            for (Method method : resource.getDeclaredMethods()) {
                String verb = Stream.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class)
                        .filter(method::isAnnotationPresent).map(Class::getSimpleName).findFirst().orElse(null);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String operation = verb + " " + String.join("/", Stream.of(base, sub == null ? "" : sub.value())
                            .filter(part -> !part.isEmpty()).toList());
                    found.add(operation);
                    RequiresScope scope = method.getAnnotation(RequiresScope.class);
                    assertEquals(OPERATIONS.get(operation),
                            scope == null ? null : scope.value().code(), method + " needs its scope");
                }
            }
        }
        assertEquals(OPERATIONS.keySet(), found);
    }

    @Test
    void anOutsiderWithoutATokenIsAskedForOne() {
        everyOperationAnswers(401, null, victim().client(), "no token");
    }

    @Test
    void aForgedOrMalformedTokenOpensNothing() {
        Victim victim = victim();
        String real = victim.token().secret();
        for (String forged : List.of("swb_" + "A".repeat(43), real.substring(0, real.length() - 1) + "x", real + "x",
                real.substring(4), "Basic " + real, "' or 1=1 --")) {
            everyOperationAnswers(401, forged, victim.client(), "forged " + forged);
        }
        Answer basic = new ApiClient(deployment, null).send("GET", "clients", "Basic dmVyYTpwYXNzd29yZA==");
        assertEquals(401, basic.status());
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        Victim victim = victim();
        assertEquals(200, call(victim.token().secret(), "GET clients", victim.client()).status());
        WebClient admin = fixtures().signedIn(deployment, victim.admin());
        ApiTokensPagesIT.revoke(admin, victim.token());
        everyOperationAnswers(401, victim.token().secret(), victim.client(), "revoked");
    }

    @Test
    void anExpiredTokenOpensNothing() {
        Victim victim = victim();
        Token expired = fixtures().apiToken(victim.portal(), victim.admin(), "expired", "true");
        everyOperationAnswers(401, expired.secret(), victim.client(), "expired");
    }

    @Test
    void aDeactivatedOwnersTokenStopsWorkingAtOnce() {
        Victim victim = victim();
        assertEquals(200, call(victim.token().secret(), "GET clients", victim.client()).status());
        fixtures().deactivate(victim.admin());
        everyOperationAnswers(401, victim.token().secret(), victim.client(), "owner deactivated");
    }

    @Test
    void aTokenWithoutTheScopeIsRefusedWithTheScopeItNeeds() {
        Victim victim = victim();
        Token readsPeople = fixtures().apiToken(victim.portal(), victim.admin(), "scopes", "people:read");
        Token readsAccounts = fixtures().apiToken(victim.portal(), victim.admin(), "scopes", "accounts:read");
        for (String operation : OPERATIONS.keySet()) {
            Token narrow = OPERATIONS.get(operation).equals("people:read") ? readsAccounts : readsPeople;
            Answer answer = call(narrow.secret(), operation, victim.client());
            assertEquals(403, answer.status(), operation);
            assertEquals("urn:switchboard:problem:missing-scope", answer.json().getString("type"));
            assertTrue(answer.json().getString("detail").contains(OPERATIONS.get(operation)));
        }
    }

    @Test
    void anotherPortalsTokenFindsNoneOfTheVictimsClients() {
        Victim victim = victim();
        Portal rival = fixtures().portal(PortalKind.CHANNEL_PARTNER, "Rival Partners");
        Person rivalAdmin = fixtures().portalAdmin(rival, "Rex", "Rival");
        Token rivalToken = fixtures().apiToken(rival, rivalAdmin);
        Answer details = call(rivalToken.secret(), "GET clients/{id}", victim.client());
        assertEquals(404, details.status());
        Answer hook = new ApiClient(deployment, victim.token().secret()).post("webhooks",
                "{\"url\":\"http://127.0.0.1:9/victim-hooks\",\"events\":[\"client.created\"]}", null);
        assertEquals(201, hook.status(), hook.body());
        long endpointId = hook.json().getJsonObject("endpoint").getJsonNumber("id").longValue();
        for (String operation : OPERATIONS.keySet().stream().filter(op -> op.contains("{id}")).toList()) {
            Answer answer = call(rivalToken.secret(), operation,
                    operation.contains("webhooks/") ? endpointId : victim.client().id());
            assertEquals(404, answer.status(), operation + ": " + answer.body());
            if (operation.contains("clients/")) {
                assertEquals(details.json().getString("detail"), answer.json().getString("detail"), operation);
            }
        }
        assertEquals("0", fixtures().scalar("select count(e) from AuditEvent e where e.clientId = " + victim.client().id()
                + " and e.type = org.switchboard.audit.entity.AuditType.SUBSCRIPTION_CHANGED"), "nothing changed");
        assertEquals("urn:switchboard:problem:not-found", details.json().getString("type"));
        Answer victimsHook = new ApiClient(deployment, victim.token().secret()).get("webhooks/" + endpointId);
        assertEquals(200, victimsHook.status(), "the rival removed, disabled or rotated nothing: " + victimsHook.body());
        assertEquals("enabled", victimsHook.json().getString("status"));
        assertEquals("0", fixtures().scalar("select count(e) from AuditEvent e where e.portalId = " + victim.portal().id()
                + " and e.type = org.switchboard.audit.entity.AuditType.WEBHOOK_SECRET_ROTATED"), "no secret was rotated");
        Answer list = new ApiClient(deployment, rivalToken.secret()).get("clients?q=victim");
        assertEquals(200, list.status());
        assertEquals(0, list.json().getJsonArray("data").size(), list.body());
        // Not found reads the same for another portal's client and for an id no client has.
        Answer none = new ApiClient(deployment, rivalToken.secret()).get("clients/999999999");
        assertEquals(details.json().getString("detail"), none.json().getString("detail"));
    }

    @Test
    void aSignedInBrowserSessionDoesNotOpenTheApi() {
        Victim victim = victim();
        WebClient browser = fixtures().signedIn(deployment, victim.admin());
        WebClient.Page answer = browser.get("api/v1/clients");
        assertEquals(401, answer.status(), "a cross-site request would carry the session cookie, and must get nothing");
        assertFalse(answer.body().contains("Victim Secret Clinic"));
    }

    @Test
    void aTokenOverItsRequestsAMinuteIsToldWhenToComeBack() {
        Victim victim = victim();
        Token limited = fixtures().apiToken(victim.portal(), victim.admin(), "perMinute", "3");
        ApiClient api = new ApiClient(deployment, limited.secret());
        Answer first = api.get("clients");
        assertEquals("3", first.header("RateLimit-Limit"));
        assertEquals("2", first.header("RateLimit-Remaining"));
        api.get("clients");
        api.get("clients");
        Answer over = api.get("clients");
        if (over.status() == 200) {
            // The minute turned between the requests: the next three fill the new one.
            api.get("clients");
            api.get("clients");
            over = api.get("clients");
        }
        assertEquals(429, over.status());
        long retryAfter = Long.parseLong(over.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("urn:switchboard:problem:rate-limited", over.json().getString("type"));
        assertEquals(200, new ApiClient(deployment, victim.token().secret()).get("clients").status(),
                "another token of the portal has a minute of its own");
    }

    @Test
    void aStolenDatabaseHoldsNoUsableToken() {
        Victim victim = victim();
        String stored = fixtures().scalar("select t.tokenHash from ApiToken t where t.id = " + victim.token().id());
        assertNotEquals(victim.token().secret(), stored);
        assertEquals(Tokens.hash(victim.token().secret()), stored);
        String hint = fixtures().scalar("select t.hint from ApiToken t where t.id = " + victim.token().id());
        assertTrue(victim.token().secret().startsWith(hint) && hint.length() <= 10, "only a short hint is kept: " + hint);
        assertEquals(401, new ApiClient(deployment, stored).get("clients").status(), "the hash is no token");
    }

    @Test
    void firstUseIsAuditedOnceWithWhereItCameFrom() {
        Victim victim = victim();
        Function<String, String> audited = type -> fixtures().scalar("select count(e) from AuditEvent e where e.type = "
                + "org.switchboard.audit.entity.AuditType." + type + " and e.portalId = " + victim.portal().id());
        assertEquals("1", audited.apply("API_TOKEN_CREATED"));
        assertEquals("0", audited.apply("API_TOKEN_FIRST_USED"));
        ApiClient api = new ApiClient(deployment, victim.token().secret());
        api.get("clients");
        api.get("clients");
        assertEquals("1", audited.apply("API_TOKEN_FIRST_USED"));
        String from = fixtures().scalar("select t.lastUsedFrom from ApiToken t where t.id = " + victim.token().id());
        assertTrue(from.equals("127.0.0.1") || from.contains(":"), from);
        assertNull(blankToNull(fixtures().scalar("select t.revokedAt from ApiToken t where t.id = " + victim.token().id())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || value.equals("null") ? null : value;
    }

    /** The scopes the attackers' list names are the scopes tokens can have. */
    @Test
    void theListNamesOnlyRealScopes() {
        Set<String> scopes = Arrays.stream(org.switchboard.api.entity.ApiScope.values())
                .map(org.switchboard.api.entity.ApiScope::code).collect(Collectors.toSet());
        assertTrue(scopes.containsAll(OPERATIONS.values()), OPERATIONS.values() + " within " + scopes);
    }
}
