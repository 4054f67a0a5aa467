package org.switchboard.api.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.web.ApiClient;
import org.switchboard.testsupport.web.ApiClient.Answer;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.WebClient;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The partner API's client list and details, driven as a partner's system would over HTTP with its
 * token. Each test makes its own portal, so the list holds exactly the clients the test made.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiClientsIT {

    private static final String[] SORTS = {"name", "plan", "status", "seats", "users", "open-jobs", "candidates",
            "last-activity", "created"};

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    private record Bureau(Portal portal, Person admin, ApiClient api) {
    }

    private Bureau bureau() {
        Portal portal = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Api Bureau");
        Person admin = fixtures().portalAdmin(portal, "Ada", "Keyes");
        return new Bureau(portal, admin, new ApiClient(deployment, fixtures().apiToken(portal, admin).secret()));
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("data").getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList();
    }

    /** Every page of a listing, following `next` with the cursor alone. */
    private static List<String> allPages(ApiClient api, String query, int limit) {
        List<String> names = new ArrayList<>();
        Answer answer = api.get("clients?limit=" + limit + (query.isEmpty() ? "" : "&" + query));
        for (int pages = 0; pages < 100; pages++) {
            assertEquals(200, answer.status(), answer.body());
            JsonObject page = answer.json();
            names.addAll(names(page));
            if (!page.containsKey("next") || page.isNull("next")) {
                return names;
            }
            answer = api.get("clients?limit=" + limit + "&cursor=" + page.getString("next"));
        }
        throw new AssertionError("more than 100 pages");
    }

    @Test
    void pagingByCursorInEveryOrderGivesEveryClientOnceInTheOrderOfOnePage() {
        Bureau bureau = bureau();
        ClientStatus[] statuses = {ClientStatus.ACTIVE, ClientStatus.TRIAL, ClientStatus.PAST_DUE, ClientStatus.ACTIVE};
        for (int i = 0; i < 11; i++) {
            fixtures().client(bureau.portal(), "Cursor Client " + (char) ('A' + i), statuses[i % statuses.length]);
        }
        for (String sort : SORTS) {
            for (String order : new String[]{"asc", "desc"}) {
                String query = "sort=" + sort + "&order=" + order;
                List<String> whole = names(bureau.api().get("clients?limit=200&" + query).json());
                assertEquals(11, whole.size(), query);
                assertEquals(whole, allPages(bureau.api(), query, 3), query);
            }
        }
    }

    @Test
    void aCursorNeitherRepeatsNorSkipsAClientWhenOthersAreAddedMeanwhile() {
        Bureau bureau = bureau();
        for (String name : new String[]{"Birch", "Cedar", "Elm", "Fir", "Hazel", "Larch"}) {
            fixtures().client(bureau.portal(), name + " Joinery");
        }
        JsonObject first = bureau.api().get("clients?limit=3").json();
        List<String> seen = new ArrayList<>(names(first));
        // Added before the cursor's place (Alder) and after it (Gorse): only the later one can show.
        fixtures().client(bureau.portal(), "Alder Joinery");
        fixtures().client(bureau.portal(), "Gorse Joinery");
        JsonObject second = bureau.api().get("clients?limit=3&cursor=" + first.getString("next")).json();
        seen.addAll(names(second));
        JsonObject third = bureau.api().get("clients?limit=3&cursor=" + second.getString("next")).json();
        seen.addAll(names(third));
        assertEquals(List.of("Birch", "Cedar", "Elm", "Fir", "Gorse", "Hazel", "Larch"),
                seen.stream().map(name -> name.substring(0, name.indexOf(' '))).toList());
        assertFalse(third.containsKey("next"), "the last page has no next");
        assertEquals(new HashSet<>(seen).size(), seen.size(), "no client twice");
    }

    @Test
    void searchAndFiltersFindWhatTheAccountsPageFinds() {
        Bureau bureau = bureau();
        fixtures().client(bureau.portal(), "Quayside Café", ClientStatus.TRIAL);
        fixtures().client(bureau.portal(), "Quayside Dental", ClientStatus.ACTIVE);
        fixtures().client(bureau.portal(), "Quay 100% Clinic", ClientStatus.ACTIVE);
        Client named = fixtures().client(bureau.portal(), "Moorings Bakery", ClientStatus.ACTIVE);
        Person owner = fixtures().person("Maud", "Moorings");
        fixtures().joins(owner, named, org.switchboard.account.entity.ClientRole.CLIENT_ADMIN);

        assertEquals(2, names(bureau.api().get("clients?q=quayside").json()).size());
        List<String> trials = names(bureau.api().get("clients?q=quayside&status=trial").json());
        assertEquals(1, trials.size());
        assertTrue(trials.get(0).startsWith("Quayside Café"), "UTF-8 intact: " + trials);
        assertEquals(1, names(bureau.api().get("clients?q=" + URLEncoder.encode("100%", StandardCharsets.UTF_8)).json()).size(),
                "a wildcard typed is taken literally");
        String byAdmin = URLEncoder.encode(owner.email().substring(0, 12), StandardCharsets.UTF_8);
        List<String> found = names(bureau.api().get("clients?q=" + byAdmin).json());
        assertTrue(found.stream().anyMatch(name -> name.startsWith("Moorings Bakery")), "found by its admin's e-mail: " + found);
        JsonObject client = bureau.api().get("clients?q=moorings").json().getJsonArray("data").getJsonObject(0);
        assertEquals("active", client.getString("status"));
        assertTrue(client.getBoolean("partnerLogin"));
        assertNotNull(client.getString("createdAt"));
        assertEquals(0, names(bureau.api().get("clients?plan=no-such-plan").json()).size());
    }

    @Test
    void oneClientComesWithTheFiguresOfItsDetailsPage() {
        Bureau bureau = bureau();
        Client client = fixtures().client(bureau.portal(), "Figures Garage", ClientStatus.ACTIVE);
        Answer answer = bureau.api().get("clients/" + client.id());
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        JsonObject details = answer.json();
        assertEquals(client.id(), details.getJsonObject("client").getJsonNumber("id").longValue());
        assertEquals(client.name(), details.getJsonObject("client").getString("name"));
        JsonObject figures = details.getJsonObject("figures");
        assertEquals(0, figures.getInt("candidates"));
        assertEquals(12, figures.getJsonArray("hiresByMonth").size(), "the last 12 months");
        assertEquals("no-store", answer.header("Cache-Control"));
    }

    @Test
    void invalidParametersAreListedFieldByFieldAndNothingIsCutSilently() {
        Bureau bureau = bureau();
        Answer answer = bureau.api().get("clients?status=bogus&sort=colour&order=up&limit=0&q=" + "x".repeat(201));
        assertEquals(400, answer.status());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        JsonObject problem = answer.json();
        assertEquals("urn:switchboard:problem:invalid-request", problem.getString("type"));
        assertEquals(400, problem.getInt("status"));
        Set<String> fields = new HashSet<>();
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).forEach(e -> fields.add(e.getString("field")));
        assertEquals(Set.of("status", "sort", "order", "limit", "q"), fields);
        assertEquals(400, bureau.api().get("clients?limit=201").status());
        assertEquals(400, bureau.api().get("clients?limit=ten").status());
    }

    @Test
    void aCursorIsTakenOnlyAsItWasGivenAndForItsOwnSearch() {
        Bureau bureau = bureau();
        for (int i = 0; i < 4; i++) {
            fixtures().client(bureau.portal(), "Tamper Studio " + i);
        }
        String next = bureau.api().get("clients?limit=2&sort=seats&order=desc").json().getString("next");
        assertEquals(200, bureau.api().get("clients?limit=2&sort=seats&order=desc&cursor=" + next).status());
        Answer otherSearch = bureau.api().get("clients?limit=2&sort=name&cursor=" + next);
        assertEquals(400, otherSearch.status());
        assertEquals("cursor", otherSearch.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        for (String forged : new String[]{"abc", next.substring(1), "djJ8bmFtZXxhc2N8fHx8eHwx", "%00"}) {
            Answer answer = bureau.api().get("clients?cursor=" + forged);
            assertEquals(400, answer.status(), forged + ": " + answer.body());
        }
    }

    @Test
    void problemsAnswerUnknownPathsAndMethodsWithoutAStackTrace() {
        Bureau bureau = bureau();
        Answer unknown = bureau.api().get("no-such-thing");
        assertEquals(404, unknown.status());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
        Answer method = bureau.api().send("DELETE", "clients", null);
        assertEquals(405, method.status());
        assertTrue(method.contentType().startsWith("application/problem+json"), method.contentType());
        for (Answer answer : List.of(unknown, method, bureau.api().get("clients/abc"), bureau.api().get("clients/-1"))) {
            assertFalse(answer.body().contains("Exception"), answer.body());
            assertFalse(answer.body().contains("at org."), answer.body());
        }
    }

    @Test
    void aPageOf100ClientsCostsTheStatementsOfAPageOf5() {
        Bureau small = bureau();
        fixtures().client(small.portal(), "Small Shop");
        Bureau large = bureau();
        for (int i = 0; i < 130; i++) {
            fixtures().client(large.portal(), "Large " + i, i % 2 == 0 ? ClientStatus.ACTIVE : ClientStatus.TRIAL);
        }
        String deep = large.api().get("clients?limit=100&sort=status").json().getString("next");
        long browse = leastStatementsOf(() -> small.api().get("clients?limit=5"));
        assertEquals(browse, leastStatementsOf(() -> large.api().get("clients?limit=100")), "a page of 100");
        assertEquals(browse, leastStatementsOf(() -> large.api().get("clients?limit=100&sort=status&cursor=" + deep)),
                "a cursor page");
        assertEquals(browse, leastStatementsOf(() -> large.api().get("clients?limit=100&status=trial&sort=last-activity")),
                "filtered");
        // Token check (token, owner's membership, the count's update), scope, page ids, page rows.
        assertTrue(browse <= 6, "statements per request: " + browse);
    }

    /**
     * The statements a request costs, from the server's own counter: the least of five tries, as a
     * timer of the server's may add a statement to one of them but never take one away.
     */
    private long leastStatementsOf(Runnable request) {
        WebClient metrics = new WebClient(deployment);
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 5; attempt++) {
            long before = statementsSent(metrics);
            request.run();
            long after = statementsSent(metrics);
            least = Math.min(least, after - before);
        }
        return least;
    }

    private long statementsSent(WebClient client) {
        String body = client.get(WebClient.loopback(deployment).resolve("/metrics?scope=application").toString()).body();
        return body.lines().filter(line -> line.startsWith("switchboard_sql_statements"))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .mapToLong(value -> (long) Double.parseDouble(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no switchboard_sql_statements metric: " + body));
    }

    @Test
    void theLastPageSaysThereIsNoNext() {
        Bureau bureau = bureau();
        fixtures().client(bureau.portal(), "Only Client");
        JsonObject page = bureau.api().get("clients").json();
        assertEquals(1, page.getJsonArray("data").size());
        assertTrue(!page.containsKey("next") || page.get("next") == JsonValue.NULL);
        assertNull(page.getJsonArray("data").getJsonObject(0).get("trialEndsAt"));
    }
}
