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

import java.math.BigDecimal;
import java.net.URL;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client's subscription over the API: read, convert a trial, upgrade once per key, downgrade, cancel. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSubscriptionsIT {

    @ArquillianResource
    URL deployment;

    private ApiClient api() {
        Fixtures fixtures = new Fixtures(deployment);
        Portal portal = fixtures.portal(PortalKind.CHANNEL_PARTNER, "Subscription Partners");
        Person admin = fixtures.portalAdmin(portal, "Sue", "Scriber");
        return new ApiClient(deployment, fixtures.apiToken(portal, admin).secret());
    }

    private static String newClient(String company, String plan, String billing) {
        return "{\"companyName\":\"" + company + "\",\"country\":\"NL\",\"currency\":\"EUR\",\"adminFirstName\":\"Bo\","
                + "\"adminLastName\":\"Owner\",\"adminEmail\":\"bo." + UUID.randomUUID().toString().substring(0, 8)
                + "@subs.example\",\"plan\":\"" + plan + "\",\"seats\":5" + (billing == null ? "" : ",\"billing\":\"" + billing + "\"") + "}";
    }

    private static long made(Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        return answer.json().getJsonObject("client").getJsonNumber("id").longValue();
    }

    @Test
    void aSubscriptionIsUpgradedOncePerKeyThenDowngradedAndCancelled() {
        ApiClient api = api();
        long id = made(api.post("subscriptions", newClient("Upgrade Bakery", "growth", "monthly"), UUID.randomUUID().toString()));
        JsonObject subscription = api.get("clients/" + id + "/subscription").json();
        assertEquals("growth", subscription.getString("plan"));
        assertEquals("monthly", subscription.getString("billing"));
        assertEquals("EUR", subscription.getJsonObject("periodPrice").getString("currency"));
        assertEquals(new BigDecimal("45.00"), new BigDecimal(subscription.getJsonObject("periodPrice").getString("amount")));

        String key = UUID.randomUUID().toString();
        Answer upgraded = api.post("clients/" + id + "/subscription/upgrade", "{\"plan\":\"pro\",\"seats\":10}", key);
        assertEquals(200, upgraded.status(), upgraded.body());
        String charged = upgraded.json().getJsonObject("charged").getString("amount");
        assertTrue(new BigDecimal(charged).signum() > 0, charged);
        assertEquals("pro", upgraded.json().getJsonObject("subscription").getString("plan"));
        Answer retried = api.post("clients/" + id + "/subscription/upgrade", "{\"plan\":\"pro\",\"seats\":10}", key);
        assertEquals(charged, retried.json().getJsonObject("charged").getString("amount"), "a retry charges nothing more");
        assertEquals("1", new Fixtures(deployment).scalar("select count(s) from Sale s where s.clientId = " + id
                + " and s.type = org.switchboard.billing.entity.SaleType.UPGRADE"));

        Answer downgraded = api.post("clients/" + id + "/subscription/downgrade", "{\"plan\":\"starter\",\"seats\":2}", null);
        assertEquals(200, downgraded.status(), downgraded.body());
        assertEquals("Starter", downgraded.json().getString("nextPlanName"));
        Answer cancelled = api.post("clients/" + id + "/subscription/cancel", "{}", null);
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("cancelling", cancelled.json().getString("status"));
        Answer again = api.post("clients/" + id + "/subscription/upgrade", "{\"plan\":\"pro\",\"seats\":20}",
                UUID.randomUUID().toString());
        assertEquals(422, again.status(), "a cancelling subscription is not upgraded: " + again.body());
    }

    @Test
    void aTrialHasNoSubscriptionUntilItIsConvertedOnce() {
        ApiClient api = api();
        long id = made(api.post("trials", newClient("Convert Clinic", "growth", null), UUID.randomUUID().toString()));
        assertEquals(404, api.get("clients/" + id + "/subscription").status());
        Answer converted = api.post("clients/" + id + "/subscription/convert",
                "{\"plan\":\"growth\",\"seats\":8,\"billing\":\"annual\"}", null);
        assertEquals(200, converted.status(), converted.body());
        assertEquals("annual", converted.json().getString("billing"));
        assertEquals("active", api.get("clients/" + id).json().getJsonObject("client").getString("status"));
        Answer twice = api.post("clients/" + id + "/subscription/convert", "{\"plan\":\"growth\",\"seats\":8,\"billing\":\"annual\"}", null);
        assertEquals(422, twice.status(), twice.body());
    }
}
