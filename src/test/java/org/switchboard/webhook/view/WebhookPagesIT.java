package org.switchboard.webhook.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;
import org.switchboard.testsupport.web.WebhookReceiver;
import org.switchboard.testsupport.web.WebhookReceiver.Received;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Setup's Webhooks and an endpoint's page, as a portal admin and as outsiders use them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookPagesIT {

    private static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9+/=]{44}");
    private static final String SETUP = "portal/setup.xhtml";

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

    /** Adds an endpoint in Setup's dialog; answers the dialog's partial response. */
    private static Page add(WebClient admin, Page setup, String url, String... events) {
        admin.ajax(SETUP, setup, WebClient.ajaxAction("webhookActions:newEndpoint", "webhookActions:newEndpoint", "endpointForm"));
        Map<String, String> post = WebClient.ajaxAction("endpointForm:addEndpoint", "endpointForm", "endpointForm endpointsForm");
        post.put("endpointForm", "endpointForm");
        post.put("endpointForm:url", url);
        post.put("endpointForm:description", "Our CRM");
        if (events.length > 0) {
            post.put("endpointForm:events", String.join(",", events));
        }
        return admin.ajax(SETUP, setup, post);
    }

    private long endpointOf(Portal portal) {
        return Long.parseLong(fixtures().scalar("select max(e.id) from WebhookEndpoint e where e.portalId = " + portal.id()));
    }

    @Test
    void anAdminAddsAnEndpointSeesItsSecretOnceAndFollowsItsTestEventInTheLog() {
        Portal portal = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Hook Setup");
        Person admin = fixtures().portalAdmin(portal, "Hedy", "Setup");
        WebClient browser = fixtures().signedIn(deployment, admin);
        Page setup = browser.open(SETUP);
        assertTrue(setup.contains("No webhook endpoints yet."), setup.body());
        assertFalse(setup.contains("sale.recorded"), "money events are for channel partners only");

        Page added = add(browser, setup, receiver.url("setup-hooks"), "CLIENT_CREATED");
        Matcher secret = SECRET.matcher(added.body());
        assertTrue(secret.find(), "the secret is shown: " + added.body());
        Page again = browser.open(SETUP);
        assertFalse(SECRET.matcher(again.body()).find(), "the secret is never shown again");
        assertTrue(again.contains(receiver.url("setup-hooks")));
        assertTrue(again.contains("client.created"));

        String page = "portal/webhook.xhtml?id=" + endpointOf(portal);
        Page endpoint = browser.open(page);
        assertTrue(endpoint.contains("Nothing sent yet."), endpoint.body());
        Page sent = browser.ajax(page, endpoint, WebClient.ajaxAction("endpointActions:sendTest", "endpointActions:sendTest",
                "messages log"));
        assertTrue(sent.contains("A test event is on its way"), sent.body());
        Received test = receiver.await(1, WebhookReceiver.ofType("webhook.test"), Duration.ofSeconds(20)).get(0);
        assertTrue(WebhookReceiver.verifies(test, secret.group()));

        Page log = browser.open(page);
        assertTrue(log.contains("webhook.test") && log.contains(test.id()), log.body());
    }

    @Test
    void anAddressInAPrivateNetworkIsRefusedOnTheFormAndNothingIsSaved() {
        Portal portal = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Hook Mistakes");
        Person admin = fixtures().portalAdmin(portal, "Milo", "Stake");
        WebClient browser = fixtures().signedIn(deployment, admin);
        Page setup = browser.open(SETUP);
        Page refused = add(browser, setup, "https://169.254.169.254/latest/meta-data/", "CLIENT_CREATED");
        assertTrue(refused.contains("private or local network"), refused.body());
        Page noEvents = add(browser, setup, receiver.url("x"));
        assertTrue(noEvents.contains("Choose at least one event"), noEvents.body());
        assertFalse(SECRET.matcher(refused.body() + noEvents.body()).find());
        assertEquals("0", fixtures().scalar("select count(e) from WebhookEndpoint e where e.portalId = " + portal.id()));
    }

    @Test
    void anotherPortalsAdminAndAPartnerUserCannotOpenTheEndpoint() {
        Portal portal = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Hook Owners");
        Person admin = fixtures().portalAdmin(portal, "Owen", "Hook");
        Person partner = fixtures().partnerUser(portal, "Paco", "Partner");
        WebClient browser = fixtures().signedIn(deployment, admin);
        add(browser, browser.open(SETUP), receiver.url("secret-crm-hooks"), "CLIENT_CREATED");
        String page = "portal/webhook.xhtml?id=" + endpointOf(portal);
        assertEquals(200, browser.get(page).status());

        Portal rival = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Hook Rivals");
        Person rivalAdmin = fixtures().portalAdmin(rival, "Rita", "Rival");
        Page rivals = fixtures().signedIn(deployment, rivalAdmin).get(page);
        assertEquals(404, rivals.status());
        assertFalse(rivals.contains("secret-crm-hooks"));

        Page partners = fixtures().signedIn(deployment, partner).get(page);
        assertTrue(partners.status() == 403 || partners.status() == 404, "status " + partners.status());
        assertFalse(partners.contains("secret-crm-hooks"));
    }
}
