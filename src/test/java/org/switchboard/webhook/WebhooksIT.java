package org.switchboard.webhook;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.web.ApiClient;
import org.switchboard.testsupport.web.ApiClient.Answer;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.WebhookReceiver;
import org.switchboard.testsupport.web.WebhookReceiver.Received;

import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks end to end, as a partner's systems meet them: an endpoint registered over the API, a
 * client provisioned over the API, and a receiver on loopback that checks each delivery's
 * signature as the Standard Webhooks specification tells receivers to.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksIT {

    private static final Duration SOON = Duration.ofSeconds(20);
    /** The first retry waits 5 seconds and the schedule looks every 10. */
    private static final Duration RETRY = Duration.ofSeconds(40);

    @ArquillianResource
    URL deployment;

    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    private record Partner(Portal portal, Person admin, ApiClient api) {
    }

    private Partner partner(PortalKind kind) {
        Portal portal = fixtures().portal(kind, "Hook Partners");
        Person admin = fixtures().portalAdmin(portal, "Hana", "Hook");
        return new Partner(portal, admin, new ApiClient(deployment, fixtures().apiToken(portal, admin).secret()));
    }

    private static String endpoint(String url, String... events) {
        return Json.createObjectBuilder().add("url", url).add("description", "Our CRM")
                .add("events", Json.createArrayBuilder(List.of(events))).build().toString();
    }

    private record Registered(long id, String secret) {
    }

    private Registered register(Partner partner, String... events) {
        Answer added = partner.api().post("webhooks", endpoint(receiver.url("hooks/" + UUID.randomUUID()), events), null);
        assertEquals(201, added.status(), added.body());
        return new Registered(added.json().getJsonObject("endpoint").getJsonNumber("id").longValue(),
                added.json().getString("secret"));
    }

    private static long startTrial(Partner partner, String company) {
        String body = "{\"companyName\":\"" + company + "\",\"country\":\"NL\",\"currency\":\"EUR\",\"adminFirstName\":\"Ada\","
                + "\"adminLastName\":\"Owner\",\"adminEmail\":\"ada." + UUID.randomUUID().toString().substring(0, 8)
                + "@hooks.example\",\"plan\":\"growth\",\"seats\":5}";
        Answer made = partner.api().post("trials", body, UUID.randomUUID().toString());
        assertEquals(201, made.status(), made.body());
        return made.json().getJsonObject("client").getJsonNumber("id").longValue();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void aProvisionedClientReachesTheReceiverSignedAsTheSpecificationSays() {
        Partner partner = partner(PortalKind.CHANNEL_PARTNER);
        Registered endpoint = register(partner, "client.created");
        assertTrue(endpoint.secret().startsWith("whsec_"), endpoint.secret());

        long clientId = startTrial(partner, "Signed Bakery");

        Received delivery = receiver.await(1, WebhookReceiver.ofType("client.created"), SOON).get(0);
        assertTrue(WebhookReceiver.verifies(delivery, endpoint.secret()), "the signature checks out: " + delivery);
        assertFalse(WebhookReceiver.verifies(delivery, "whsec_" + java.util.Base64.getEncoder()
                .encodeToString(new byte[32])), "and only with the endpoint's secret");
        assertTrue(delivery.id().startsWith("msg_"), delivery.id());
        assertTrue(delivery.contentType().startsWith("application/json"), delivery.contentType());
        JsonObject body = json(delivery.body());
        assertEquals("client.created", body.getString("type"));
        JsonObject client = body.getJsonObject("data").getJsonObject("client");
        assertEquals(clientId, client.getJsonNumber("id").longValue());
        assertEquals("Signed Bakery", client.getString("name"));
        assertEquals("trial", client.getString("status"));
        assertEquals(1, receiver.received().size(), "it listens to client.created only: " + receiver.received());
    }

    @Test
    void aReceiverThatAnswers500GetsTheSameDeliveryAgainAndTheLogShowsBothAttempts() {
        Partner partner = partner(PortalKind.SERVICE_PROVIDER);
        Registered endpoint = register(partner, "client.created");
        receiver.answer(500);

        startTrial(partner, "Retry Dairy");

        List<Received> attempts = receiver.await(2, WebhookReceiver.ofType("client.created"), RETRY);
        assertEquals(attempts.get(0).id(), attempts.get(1).id(), "a retry carries the same webhook-id");
        assertEquals(attempts.get(0).body(), attempts.get(1).body());
        assertTrue(WebhookReceiver.verifies(attempts.get(1), endpoint.secret()));

        JsonObject delivery = awaitLogged(partner, endpoint, "delivered");
        assertEquals(2, delivery.getInt("attempts"));
        assertEquals(204, delivery.getInt("lastStatusCode"));
        assertEquals(attempts.get(0).id(), delivery.getString("messageId"));
    }

    @Test
    void resendSendsADeliveredEventAgainWithItsWebhookId() {
        Partner partner = partner(PortalKind.SERVICE_PROVIDER);
        Registered endpoint = register(partner, "client.created");
        startTrial(partner, "Resend Brewery");
        Received first = receiver.await(1, WebhookReceiver.ofType("client.created"), SOON).get(0);
        JsonObject delivery = awaitLogged(partner, endpoint, "delivered");

        Answer resent = partner.api().post("webhooks/" + endpoint.id() + "/deliveries/"
                + delivery.getJsonNumber("id").longValue() + "/resend", "{}", null);
        assertEquals(202, resent.status(), resent.body());

        List<Received> both = receiver.await(2, WebhookReceiver.ofType("client.created"), SOON);
        assertEquals(first.id(), both.get(1).id());
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneSoTheReceiverCanSwitchOver() {
        Partner partner = partner(PortalKind.SERVICE_PROVIDER);
        Registered endpoint = register(partner, "client.created");
        Answer rotated = partner.api().post("webhooks/" + endpoint.id() + "/rotate-secret", "{}", null);
        assertEquals(200, rotated.status(), rotated.body());
        String newSecret = rotated.json().getString("secret");
        assertNotEquals(endpoint.secret(), newSecret);

        Answer test = partner.api().post("webhooks/" + endpoint.id() + "/test", "{}", null);
        assertEquals(202, test.status(), test.body());

        Received delivery = receiver.await(1, WebhookReceiver.ofType("webhook.test"), SOON).get(0);
        assertEquals(2, delivery.signature().split(" ").length, delivery.signature());
        assertTrue(WebhookReceiver.verifies(delivery, newSecret));
        assertTrue(WebhookReceiver.verifies(delivery, endpoint.secret()));
    }

    @Test
    void anEndpointCannotPointSwitchboardAtAPrivateNetworkOrTheCloudsMetadataService() {
        Partner partner = partner(PortalKind.SERVICE_PROVIDER);
        for (String address : List.of("https://169.254.169.254/latest/meta-data/", "https://10.0.0.5/hooks",
                "https://192.168.1.20/hooks", "https://[::1]/hooks", "https://[fd00::5]/hooks")) {
            Answer refused = partner.api().post("webhooks", endpoint(address, "client.created"), null);
            assertEquals(422, refused.status(), address + ": " + refused.body());
            assertTrue(refused.body().contains("private or local network"), refused.body());
        }
        Answer plain = partner.api().post("webhooks", endpoint("http://203.0.113.7/hooks", "client.created"), null);
        assertEquals(422, plain.status(), plain.body());
        assertTrue(plain.body().contains("https://"), plain.body());
        assertEquals(0, partner.api().get("webhooks").json().getJsonArray("data").size(), "nothing was saved");
    }

    @Test
    void moneyEventsAreOfferedToChannelPartnersOnly() {
        Partner provider = partner(PortalKind.SERVICE_PROVIDER);
        Answer refused = provider.api().post("webhooks", endpoint(receiver.url("money"), "sale.recorded"), null);
        assertEquals(422, refused.status(), refused.body());

        Partner channel = partner(PortalKind.CHANNEL_PARTNER);
        assertEquals(201, channel.api().post("webhooks", endpoint(receiver.url("money"), "sale.recorded", "payout.paid"),
                null).status());
    }

    @Test
    void anUnknownEventIsAFieldErrorAndNothingIsSaved() {
        Partner partner = partner(PortalKind.SERVICE_PROVIDER);
        Answer refused = partner.api().post("webhooks", endpoint(receiver.url("x"), "client.created", "client.exploded"), null);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("client.exploded"), refused.body());
        assertEquals(0, partner.api().get("webhooks").json().getJsonArray("data").size());
    }

    @Test
    void aDemotedAdminsTokenCannotManageThePortalsWebhooks() {
        Partner partner = partner(PortalKind.SERVICE_PROVIDER);
        Person second = fixtures().portalAdmin(partner.portal(), "Pia", "Demoted");
        ApiClient api = new ApiClient(deployment, fixtures().apiToken(partner.portal(), second).secret());
        // The admin who made the token becomes a partner user: the token keeps only a partner user's rights.
        new org.switchboard.testsupport.web.WebClient(deployment).support("set-portal-role", "email", second.email(),
                "portal", String.valueOf(partner.portal().id()), "role", "PARTNER_USER");
        Answer refused = api.post("webhooks", endpoint(receiver.url("x"), "client.created"), null);
        assertEquals(403, refused.status(), refused.body());
        assertEquals(403, api.get("webhooks").status());
    }

    @Test
    void aDisabledEndpointIsSentNothingUntilItIsEnabled() {
        Partner partner = partner(PortalKind.SERVICE_PROVIDER);
        Registered endpoint = register(partner, "client.created");
        assertEquals("disabled", partner.api().post("webhooks/" + endpoint.id() + "/disable", "{}", null).json()
                .getString("status"));
        startTrial(partner, "Quiet Mill");
        assertEquals("enabled", partner.api().post("webhooks/" + endpoint.id() + "/enable", "{}", null).json()
                .getString("status"));
        startTrial(partner, "Loud Mill");
        List<Received> sent = receiver.await(1, WebhookReceiver.ofType("client.created"), SOON);
        assertTrue(sent.get(0).body().contains("Loud Mill"), sent.get(0).body());
        assertEquals(1, receiver.received().size(), "nothing of the time it was disabled: " + receiver.received());
    }

    @Test
    void aTrialConvertedOverTheApiAnnouncesTheNewStatusTheSubscriptionAndTheSale() {
        Partner partner = partner(PortalKind.CHANNEL_PARTNER);
        Registered endpoint = register(partner, "client.status_changed", "subscription.changed", "sale.recorded");
        long clientId = startTrial(partner, "Converting Cannery");
        Answer converted = partner.api().post("clients/" + clientId + "/subscription/convert",
                "{\"plan\":\"growth\",\"seats\":8,\"billing\":\"annual\"}", UUID.randomUUID().toString());
        assertEquals(200, converted.status(), converted.body());

        JsonObject status = json(receiver.await(1, WebhookReceiver.ofType("client.status_changed"), SOON).get(0).body());
        assertEquals("active", status.getJsonObject("data").getJsonObject("client").getString("status"));
        JsonObject subscription = json(receiver.await(1, WebhookReceiver.ofType("subscription.changed"), SOON).get(0).body())
                .getJsonObject("data");
        assertEquals("started", subscription.getString("change"));
        assertEquals(8, subscription.getJsonObject("subscription").getInt("seats"));
        assertEquals("annual", subscription.getJsonObject("subscription").getString("billing"));
        Received sale = receiver.await(1, WebhookReceiver.ofType("sale.recorded"), SOON).get(0);
        JsonObject recorded = json(sale.body()).getJsonObject("data").getJsonObject("sale");
        assertEquals("new", recorded.getString("type"));
        assertEquals(clientId, recorded.getJsonNumber("clientId").longValue());
        assertEquals("EUR", recorded.getJsonObject("amount").getString("currency"));
        assertTrue(WebhookReceiver.verifies(sale, endpoint.secret()));
    }

    @Test
    void aChannelPartnerHearsOfItsEarningsBecomingAvailableAndOfItsPayoutBeingPaid() {
        org.switchboard.testsupport.web.EarningsFixtures money = new org.switchboard.testsupport.web.EarningsFixtures(deployment);
        Portal portal = money.channelPartner("Hook Earners", java.time.LocalDate.of(2022, 1, 1), 5, "50.00");
        Person admin = fixtures().portalAdmin(portal, "Erin", "Earner");
        Partner partner = new Partner(portal, admin, new ApiClient(deployment, fixtures().apiToken(portal, admin).secret()));
        register(partner, "sale.recorded", "earning.available", "payout.paid");
        Fixtures.Client client = money.payingClient(portal, "Client of Hook Earners");
        money.sale(portal, client, org.switchboard.billing.entity.SaleType.NEW, "500.00", java.time.LocalDate.of(2022, 9, 10));
        JsonObject sale = json(receiver.await(1, WebhookReceiver.ofType("sale.recorded"), SOON).get(0).body())
                .getJsonObject("data").getJsonObject("sale");
        assertEquals("500.00", sale.getJsonObject("amount").getString("amount"));

        long payoutId = money.paidOut(portal, "2022-09");
        JsonObject available = json(receiver.await(1, WebhookReceiver.ofType("earning.available"), SOON).get(0).body())
                .getJsonObject("data");
        assertEquals("100.00", available.getJsonObject("amount").getString("amount"), "20 % of the sale");
        assertEquals(1, available.getInt("earnings"));

        org.switchboard.testsupport.web.WebClient operator = fixtures().signedIn(deployment, fixtures().operator("Otis", "Ops"));
        String path = "admin/payouts.xhtml?period=2022-09";
        org.switchboard.testsupport.web.WebClient.Page page = operator.open(path);
        int at = page.body().indexOf(">" + payoutId + "</td>");
        assertTrue(at >= 0, "the payout is listed");
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("payouts:table:(\\d+):paid").matcher(page.body().substring(at));
        assertTrue(row.find());
        String button = "payouts:table:" + row.group(1) + ":paid";
        java.util.Map<String, String> open = org.switchboard.testsupport.web.WebClient.ajaxAction(button, button, "paidForm");
        open.put("payouts", "payouts");
        operator.ajax(path, page, open);
        java.util.Map<String, String> paid = org.switchboard.testsupport.web.WebClient.ajaxAction("paidForm:save", "paidForm",
                "paidForm payouts messages");
        paid.put("paidForm", "paidForm");
        paid.put("paidForm:reference", "TRF-HOOKS-1");
        assertTrue(operator.ajax(path, page, paid).contains("is marked paid"));

        JsonObject payout = json(receiver.await(1, WebhookReceiver.ofType("payout.paid"), SOON).get(0).body())
                .getJsonObject("data").getJsonObject("payout");
        assertEquals(payoutId, payout.getJsonNumber("id").longValue());
        assertEquals("paid", payout.getString("status"));
        assertEquals("TRF-HOOKS-1", payout.getString("reference"));
        assertEquals("100.00", payout.getJsonObject("amount").getString("amount"));
    }

    /** The endpoint's newest delivery once it has the status, from the API's delivery log. */
    private JsonObject awaitLogged(Partner partner, Registered endpoint, String status) {
        long until = System.nanoTime() + SOON.toNanos();
        while (true) {
            Answer log = partner.api().get("webhooks/" + endpoint.id() + "/deliveries");
            assertEquals(200, log.status(), log.body());
            JsonObject newest = log.json().getJsonArray("data").isEmpty() ? null
                    : log.json().getJsonArray("data").getJsonObject(0);
            if (newest != null && newest.getString("status").equals(status)) {
                return newest;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("No " + status + " delivery in " + log.body());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                throw new AssertionError(stop);
            }
        }
    }
}
