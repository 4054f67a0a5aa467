package org.switchboard.api.rest;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.web.ApiClient;
import org.switchboard.testsupport.web.ApiClient.Answer;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;

import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Provisioning over the API as a partner's sign-up form does it: a trial or a subscription per
 * POST, one client however often a request is retried with its Idempotency-Key, the same rules and
 * records as the Actions menu.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiProvisioningIT {

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    private record Partner(Portal portal, ApiClient api) {
    }

    private Partner partner() {
        Portal portal = fixtures().portal(PortalKind.CHANNEL_PARTNER, "Signup Partners");
        Person admin = fixtures().portalAdmin(portal, "Sid", "Signup");
        return new Partner(portal, new ApiClient(deployment, fixtures().apiToken(portal, admin).secret()));
    }

    private static String trial(String company, String plan) {
        String mail = UUID.randomUUID().toString().substring(0, 8);
        return "{\"companyName\":\"" + company + "\",\"country\":\"NL\",\"currency\":\"EUR\",\"adminFirstName\":\"Ada\","
                + "\"adminLastName\":\"Owner\",\"adminEmail\":\"ada." + mail + "@signup.example\",\"plan\":\"" + plan
                + "\",\"seats\":5}";
    }

    private long clientsNamed(Portal portal, String name) {
        return Long.parseLong(fixtures().scalar("select count(c) from ClientAccount c where c.portal.id = " + portal.id()
                + " and c.name = '" + name + "'"));
    }

    @Test
    void aRetriedTrialWithTheSameIdempotencyKeyMakesOneClient() {
        Partner partner = partner();
        String key = UUID.randomUUID().toString();
        String body = trial("Retry Bakery", "growth");
        Answer made = partner.api().post("trials", body, key);
        assertEquals(201, made.status(), made.body());
        long id = made.json().getJsonObject("client").getJsonNumber("id").longValue();
        assertTrue(made.header("Location").endsWith("/api/v1/clients/" + id), made.header("Location"));
        assertEquals("trial", made.json().getJsonObject("client").getString("status"));

        Answer retried = partner.api().post("trials", body, key);
        assertEquals(200, retried.status(), retried.body());
        assertEquals("true", retried.header("Idempotent-Replayed"));
        assertEquals(id, retried.json().getJsonObject("client").getJsonNumber("id").longValue());
        assertEquals(1, clientsNamed(partner.portal(), "Retry Bakery"));
        assertEquals("1", fixtures().scalar("select count(e) from AuditEvent e where e.clientId = " + id
                + " and e.type = org.switchboard.audit.entity.AuditType.CLIENT_PROVISIONED"), "audited once");

        Answer another = partner.api().post("trials", trial("Retry Bakery Two", "growth"), UUID.randomUUID().toString());
        assertEquals(201, another.status());
        assertNotEquals(id, another.json().getJsonObject("client").getJsonNumber("id").longValue());
    }

    @Test
    void retriesArrivingTogetherStillMakeOneClient() throws Exception {
        Partner partner = partner();
        String key = UUID.randomUUID().toString();
        String body = trial("Together Joinery", "starter");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Answer>> answers = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> partner.api().post("trials", body, key), pool)).toList();
            Set<Long> ids = new HashSet<>();
            for (CompletableFuture<Answer> answer : answers) {
                Answer got = answer.get();
                assertTrue(got.status() == 201 || got.status() == 200, got.status() + " " + got.body());
                ids.add(got.json().getJsonObject("client").getJsonNumber("id").longValue());
            }
            assertEquals(1, ids.size(), "one client for every answer");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, clientsNamed(partner.portal(), "Together Joinery"));
    }

    @Test
    void theSameKeyInAnotherPortalMakesThatPortalsOwnClient() {
        Partner one = partner();
        Partner other = partner();
        String key = UUID.randomUUID().toString();
        Answer first = one.api().post("trials", trial("Shared Key Studio", "growth"), key);
        Answer second = other.api().post("trials", trial("Shared Key Studio", "growth"), key);
        assertEquals(201, first.status(), first.body());
        assertEquals(201, second.status(), "another portal's key is no replay: " + second.body());
        assertNotEquals(first.json().getJsonObject("client").getJsonNumber("id").longValue(),
                second.json().getJsonObject("client").getJsonNumber("id").longValue());
    }

    @Test
    void aSubscriptionRecordsItsSaleOnce() {
        Partner partner = partner();
        String key = UUID.randomUUID().toString();
        String body = trial("Subscribed Dental", "pro").replace("}", ",\"billing\":\"annual\"}");
        Answer made = partner.api().post("subscriptions", body, key);
        assertEquals(201, made.status(), made.body());
        assertEquals(200, partner.api().post("subscriptions", body, key).status());
        long id = made.json().getJsonObject("client").getJsonNumber("id").longValue();
        assertEquals("active", made.json().getJsonObject("client").getString("status"));
        assertEquals("1", fixtures().scalar("select count(s) from Sale s where s.clientId = " + id));
        Answer noBilling = partner.api().post("subscriptions", trial("Unbilled", "pro"), UUID.randomUUID().toString());
        assertEquals(400, noBilling.status());
        assertEquals("billing", noBilling.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void invalidFieldsAreListedAndNothingIsMade() {
        Partner partner = partner();
        Answer empty = partner.api().post("trials", "{\"seats\":0}", UUID.randomUUID().toString());
        assertEquals(400, empty.status(), empty.body());
        assertTrue(empty.contentType().startsWith("application/problem+json"));
        Set<String> fields = new HashSet<>();
        empty.json().getJsonArray("errors").getValuesAs(JsonObject.class).forEach(e -> fields.add(e.getString("field")));
        assertTrue(fields.containsAll(Set.of("companyName", "adminEmail", "planCode", "seats")), fields.toString());

        Answer notJson = partner.api().post("trials", "{companyName: ", UUID.randomUUID().toString());
        assertEquals(400, notJson.status(), notJson.body());
        Answer noKey = partner.api().post("trials", trial("Keyless Garage", "growth"), null);
        assertEquals(400, noKey.status());
        assertEquals("Idempotency-Key", noKey.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, clientsNamed(partner.portal(), "Keyless Garage"));
        Answer billedTrial = partner.api().post("trials", trial("Billed Trial", "growth").replace("}", ",\"billing\":\"monthly\"}"),
                UUID.randomUUID().toString());
        assertEquals(400, billedTrial.status(), "nothing sent is silently dropped");
        assertEquals(0, clientsNamed(partner.portal(), "Billed Trial"));
    }

    @Test
    void aRuleBrokenIsRefusedWith422AndItsReason() {
        Partner partner = partner();
        Answer noTrial = partner.api().post("trials", trial("No Trial Clinic", "pro"), UUID.randomUUID().toString());
        assertEquals(422, noTrial.status(), noTrial.body());
        assertEquals("urn:switchboard:problem:rule-broken", noTrial.json().getString("type"));
        assertTrue(noTrial.json().getString("detail").contains("has no trial"));
        Answer noPlan = partner.api().post("trials", trial("Planless Clinic", "platinum"), UUID.randomUUID().toString());
        assertEquals(422, noPlan.status());
        assertEquals(0, clientsNamed(partner.portal(), "No Trial Clinic") + clientsNamed(partner.portal(), "Planless Clinic"));
    }
}
