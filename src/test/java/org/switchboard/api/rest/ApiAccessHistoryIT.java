package org.switchboard.api.rest;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.testsupport.web.AccessFixtures;
import org.switchboard.testsupport.web.ApiClient;
import org.switchboard.testsupport.web.ApiClient.Answer;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The partner access history over the API: the visits the portal's Access history page shows its
 * admins, and a client's visits as its details page shows them to anyone with the client in scope,
 * newest first and paged by cursor. Each test makes its own bureau, people and visits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAccessHistoryIT {

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    private record Bureau(Portal portal, Person admin, Person pia, Client harbour, Client maple, Person alex, Person mia) {

        ApiClient api(URL deployment, Fixtures fixtures, Person owner) {
            return new ApiClient(deployment, fixtures.apiToken(portal, owner).secret());
        }
    }

    /**
     * A bureau whose admin Sam visited Harbour as its admin Alex (with 7 changes), then its partner
     * user Pia visited Maple as Mia, then Sam visited Maple as Mia: three finished visits, oldest first.
     */
    private Bureau bureau() {
        Portal portal = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Api History Bureau");
        Person admin = fixtures().portalAdmin(portal, "Sam", "Seer");
        Person pia = fixtures().partnerUser(portal, "Pia", "Partner");
        Client harbour = fixtures().client(portal, "Api Harbour Bistro");
        Client maple = fixtures().client(portal, "Api Maple Clinic");
        Person alex = fixtures().clientUser(harbour, ClientRole.CLIENT_ADMIN, "Alex", "Harbour");
        Person mia = fixtures().clientUser(maple, ClientRole.CLIENT_ADMIN, "Mia", "Maple");
        AccessFixtures access = new AccessFixtures(deployment);
        access.pastVisitAsUser(portal, admin, harbour, alex, "Visit one: payroll question", 7);
        access.pastVisitAsUser(portal, pia, maple, mia, "Visit two: a missing stage");
        access.pastVisitAsUser(portal, admin, maple, mia, "Visit three: follow-up");
        return new Bureau(portal, admin, pia, harbour, maple, alex, mia);
    }

    private static List<String> reasons(JsonObject page) {
        return page.getJsonArray("data").getValuesAs(JsonObject.class).stream().map(v -> v.getString("reason")).toList();
    }

    private static JsonObject ok(Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    @Test
    void aPortalAdminReadsEveryVisitNewestFirstWithWhoAsWhomAndWhatChanged() {
        Bureau bureau = bureau();
        ApiClient api = bureau.api(deployment, fixtures(), bureau.admin());
        JsonObject all = ok(api.get("access-history"));
        assertEquals(List.of("Visit three: follow-up", "Visit two: a missing stage", "Visit one: payroll question"), reasons(all));
        assertFalse(all.containsKey("next"));

        JsonObject newest = all.getJsonArray("data").getJsonObject(0);
        assertEquals(bureau.admin().name(), newest.getJsonObject("partner").getString("name"));
        assertEquals(bureau.admin().email(), newest.getJsonObject("partner").getString("email"));
        assertEquals(bureau.maple().id(), newest.getJsonNumber("clientId").longValue());
        assertEquals(bureau.maple().name(), newest.getString("clientName"));
        assertEquals("as_user", newest.getString("mode"));
        assertEquals(bureau.mia().email(), newest.getJsonObject("actingAs").getString("email"));
        assertEquals("back_to_portal", newest.getString("ending"));
        assertTrue(newest.getString("endedAt").compareTo(newest.getString("startedAt")) >= 0);
        assertEquals(bureau.pia().name(), all.getJsonArray("data").getJsonObject(1).getJsonObject("partner").getString("name"));

        JsonObject oldest = all.getJsonArray("data").getJsonObject(2);
        assertEquals(7, oldest.getInt("changeCount"));
        assertEquals(List.of("Change 0001", "Change 0002", "Change 0003", "Change 0004", "Change 0005"),
                oldest.getJsonArray("firstChanges").getValuesAs(JsonObject.class).stream()
                        .map(change -> change.getString("summary")).toList(), "the first five, in order");

        JsonObject maple = ok(api.get("access-history?client=" + bureau.maple().id()));
        assertEquals(List.of("Visit three: follow-up", "Visit two: a missing stage"), reasons(maple));
    }

    @Test
    void aCursorPagesThroughEveryVisitOnceAndKeepsItsClient() {
        Bureau bureau = bureau();
        ApiClient api = bureau.api(deployment, fixtures(), bureau.admin());
        List<String> seen = new ArrayList<>();
        JsonObject page = ok(api.get("access-history?limit=2"));
        seen.addAll(reasons(page));
        // A visit made between two pages is newer than the cursor's place: it does not push one onto the next page.
        new AccessFixtures(deployment).pastVisitAsUser(bureau.portal(), bureau.admin(), bureau.harbour(), bureau.alex(),
                "Visit four: meanwhile");
        page = ok(api.get("access-history?limit=2&cursor=" + page.getString("next")));
        seen.addAll(reasons(page));
        assertFalse(page.containsKey("next"));
        assertEquals(List.of("Visit three: follow-up", "Visit two: a missing stage", "Visit one: payroll question"), seen);

        JsonObject maple = ok(api.get("access-history?limit=1&client=" + bureau.maple().id()));
        String next = maple.getString("next");
        assertEquals(List.of("Visit two: a missing stage"), reasons(ok(api.get("access-history?cursor=" + next))),
                "the cursor keeps its client");
        Answer otherClient = api.get("access-history?client=" + bureau.harbour().id() + "&cursor=" + next);
        assertEquals(400, otherClient.status());
        assertEquals("cursor", otherClient.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, api.get("access-history?cursor=bm90LWEtY3Vyc29y").status());
        assertEquals("limit", api.get("access-history?limit=101").json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
    }

    @Test
    void theWhoMaySeeRulesOfThePagesHold() {
        Bureau bureau = bureau();
        // A partner user reads a client's visits, as its details page shows them, but not the whole portal's.
        Person partner = fixtures().portalAdmin(bureau.portal(), "Paul", "Partner");
        ApiClient partnerApi = bureau.api(deployment, fixtures(), partner);
        fixtures().setPortalRole(partner, bureau.portal(), PortalRole.PARTNER_USER);
        Answer portalWide = partnerApi.get("access-history");
        assertEquals(403, portalWide.status(), portalWide.body());
        assertEquals("urn:switchboard:problem:not-permitted", portalWide.json().getString("type"));
        assertEquals(2, ok(partnerApi.get("access-history?client=" + bureau.maple().id())).getJsonArray("data").size());

        // One who sees only Harbour finds no Maple.
        Person assigned = fixtures().portalAdmin(bureau.portal(), "Ash", "Assigned");
        ApiClient assignedApi = bureau.api(deployment, fixtures(), assigned);
        fixtures().assignOnly(assigned, bureau.portal(), bureau.harbour());
        Answer maple = assignedApi.get("access-history?client=" + bureau.maple().id());
        assertEquals(404, maple.status(), maple.body());
        assertFalse(maple.body().contains("Visit"), maple.body());
        assertEquals(List.of("Visit one: payroll question"),
                reasons(ok(assignedApi.get("access-history?client=" + bureau.harbour().id()))));
        assertEquals(403, assignedApi.get("access-history").status());

        // Another portal finds neither the clients nor the visits.
        Portal rival = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Api Rival History");
        Person rivalAdmin = fixtures().portalAdmin(rival, "Rae", "Rival");
        ApiClient rivalApi = new ApiClient(deployment, fixtures().apiToken(rival, rivalAdmin).secret());
        assertEquals(404, rivalApi.get("access-history?client=" + bureau.harbour().id()).status());
        assertEquals(0, ok(rivalApi.get("access-history")).getJsonArray("data").size());
        assertEquals(404, rivalApi.get("access-history?client=harbour").status(), "no number names no client");
    }
}
