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
import org.switchboard.testsupport.web.Fixtures.Token;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal's people over the API, for its admins: list, invite by e-mail, deactivate. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiPeopleIT {

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    private static JsonObject byEmail(Answer list, String email) {
        return list.json().getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .filter(person -> person.getString("email").equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError(email + " is not listed: " + list.body()));
    }

    @Test
    void anAdminsTokenInvitesAndDeactivatesPeopleAndADeactivatedAdminsTokenStops() {
        Portal portal = fixtures().portal(PortalKind.SERVICE_PROVIDER, "People Bureau");
        Person admin = fixtures().portalAdmin(portal, "Ida", "Admin");
        Person second = fixtures().portalAdmin(portal, "Sol", "Second");
        ApiClient api = new ApiClient(deployment, fixtures().apiToken(portal, admin).secret());
        Token secondsToken = fixtures().apiToken(portal, second);

        Answer list = api.get("people");
        assertEquals(200, list.status(), list.body());
        assertEquals("portal_admin", byEmail(list, admin.email()).getString("role"));

        String email = "noor." + UUID.randomUUID().toString().substring(0, 8) + "@people.example";
        Answer invited = api.post("people", "{\"email\":\"" + email + "\",\"firstName\":\"Noor\",\"lastName\":\"Visser\","
                + "\"role\":\"partner_user\",\"restricted\":true}", null);
        assertEquals(201, invited.status(), invited.body());
        assertEquals(email, invited.json().getString("email"));
        assertTrue(invited.json().getBoolean("restricted"));
        assertEquals("1", fixtures().scalar("select count(e) from AuditEvent e where e.portalId = " + portal.id()
                + " and e.type = org.switchboard.audit.entity.AuditType.PORTAL_USER_ADDED and e.actorUserId = " + admin.id()),
                "audited as the token's owner");
        Answer twice = api.post("people", "{\"email\":\"" + email + "\",\"firstName\":\"Noor\",\"lastName\":\"Visser\","
                + "\"role\":\"partner_user\"}", null);
        assertEquals(422, twice.status(), twice.body());

        long secondId = byEmail(api.get("people"), second.email()).getJsonNumber("id").longValue();
        assertEquals(200, new ApiClient(deployment, secondsToken.secret()).get("people").status());
        Answer deactivated = api.post("people/" + secondId + "/deactivate", "{}", null);
        assertEquals(200, deactivated.status(), deactivated.body());
        assertEquals("deactivated", deactivated.json().getString("status"));
        assertEquals(401, new ApiClient(deployment, secondsToken.secret()).get("people").status(),
                "a deactivated admin's token stops at once");
    }

    @Test
    void invalidFieldsAreListedAndNothingIsAdded() {
        Portal portal = fixtures().portal(PortalKind.SERVICE_PROVIDER, "People Mistakes");
        Person admin = fixtures().portalAdmin(portal, "Max", "Mistake");
        ApiClient api = new ApiClient(deployment, fixtures().apiToken(portal, admin).secret());
        Answer wrong = api.post("people", "{\"email\":\"not-an-address\",\"firstName\":\"\",\"lastName\":\"X\","
                + "\"role\":\"boss\",\"clients\":\"some\"}", null);
        assertEquals(400, wrong.status(), wrong.body());
        List<String> fields = wrong.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("role", "clients")), fields.toString());
        Answer invalid = api.post("people", "{\"email\":\"not-an-address\",\"firstName\":\"\",\"lastName\":\"X\","
                + "\"role\":\"partner_user\"}", null);
        assertEquals(400, invalid.status(), invalid.body());
        List<String> named = invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
        assertTrue(named.containsAll(List.of("email", "firstName")), named.toString());
        assertEquals(1, api.get("people").json().getJsonArray("data").size());
    }

    @Test
    void aPartnerUsersRightsStayAPartnerUsersThroughTheApi() {
        Portal portal = fixtures().portal(PortalKind.SERVICE_PROVIDER, "People Demotion");
        Person admin = fixtures().portalAdmin(portal, "Dee", "Mote");
        Token token = fixtures().apiToken(portal, admin);
        // The admin becomes a partner user: the token keeps working, with a partner user's rights only.
        new org.switchboard.testsupport.web.WebClient(deployment).support("set-portal-role", "email", admin.email(),
                "portal", String.valueOf(portal.id()), "role", "PARTNER_USER");
        ApiClient api = new ApiClient(deployment, token.secret());
        assertEquals(200, api.get("clients").status());
        Answer people = api.get("people");
        assertEquals(403, people.status(), people.body());
        assertEquals("urn:switchboard:problem:not-permitted", people.json().getString("type"));
    }
}
