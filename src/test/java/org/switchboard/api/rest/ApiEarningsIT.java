package org.switchboard.api.rest;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.earnings.boundary.StatementCsv;
import org.switchboard.testsupport.web.ApiClient;
import org.switchboard.testsupport.web.ApiClient.Answer;
import org.switchboard.testsupport.web.ApiClient.Download;
import org.switchboard.testsupport.web.EarningsFixtures;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.WebClient;

import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A channel partner's money over the API, as its accounting system pulls it: sales, earnings and
 * payouts with the Earnings page's filters and totals, paged by cursor, and a payout's statement as
 * CSV and PDF, each seen only by those the Earnings page shows it to. Each test makes its own
 * channel partner; the payout periods here (2021-03, 2021-05, 2021-07) are paid by no other test class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiEarningsIT {

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    private EarningsFixtures money() {
        return new EarningsFixtures(deployment);
    }

    private record Partner(Portal portal, Person admin, Client alder, Client birch, ApiClient api) {
    }

    /**
     * A channel partner (20 % on NEW and UPGRADE, 10 % on RENEWAL, no hold, paid from 50.00) whose
     * client Alder bought for 500.00 on 10 March 2021 and upgraded for 200.00 on 5 April, and whose
     * client Birch renewed for 300.00 on 20 March: earnings of 100.00, 40.00 and 30.00.
     */
    private Partner partner(String name) {
        Portal portal = money().channelPartner(name, LocalDate.of(2021, 1, 1), 0, "50.00");
        Person admin = fixtures().portalAdmin(portal, "Erin", "Earner");
        Client alder = money().payingClient(portal, "Alder Bookkeeping");
        Client birch = money().payingClient(portal, "Birch Dental");
        money().sale(portal, alder, SaleType.NEW, "500.00", LocalDate.of(2021, 3, 10));
        money().sale(portal, birch, SaleType.RENEWAL, "300.00", LocalDate.of(2021, 3, 20));
        money().sale(portal, alder, SaleType.UPGRADE, "200.00", LocalDate.of(2021, 4, 5));
        return new Partner(portal, admin, alder, birch, new ApiClient(deployment, fixtures().apiToken(portal, admin).secret()));
    }

    private static List<String> strings(JsonObject page, String field) {
        return page.getJsonArray("data").getValuesAs(JsonObject.class).stream().map(row -> row.getString(field)).toList();
    }

    private static List<String> amounts(JsonObject page) {
        return page.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getJsonObject("amount").getString("amount") + " " + row.getJsonObject("amount").getString("currency"))
                .toList();
    }

    private static List<String> totals(JsonObject page) {
        return page.getJsonArray("totals").getValuesAs(JsonObject.class).stream()
                .map(total -> total.getString("amount") + " " + total.getString("currency")).toList();
    }

    private static JsonObject ok(Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static String field(Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        return answer.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void salesAreListedNewestFirstWithThePagesFiltersAndTotals() {
        Partner partner = partner("Api Sales Partners");
        JsonObject all = ok(partner.api().get("sales"));
        assertEquals(List.of("200.00 EUR", "300.00 EUR", "500.00 EUR"), amounts(all));
        assertEquals(List.of("upgrade", "renewal", "new"), strings(all, "type"));
        assertEquals(List.of(partner.alder().name(), partner.birch().name(), partner.alder().name()), strings(all, "clientName"));
        assertEquals("2021-03-10T12:00:00Z", all.getJsonArray("data").getJsonObject(2).getString("occurredAt"));
        assertEquals(List.of("1000.00 EUR"), totals(all));
        assertFalse(all.containsKey("next"), "one page holds all three");

        JsonObject march = ok(partner.api().get("sales?from=2021-03&to=2021-03"));
        assertEquals(List.of("300.00 EUR", "500.00 EUR"), amounts(march));
        assertEquals(List.of("800.00 EUR"), totals(march));
        JsonObject alder = ok(partner.api().get("sales?client=" + partner.alder().id()));
        assertEquals(List.of("200.00 EUR", "500.00 EUR"), amounts(alder));
        assertEquals(List.of("700.00 EUR"), totals(alder));
        assertEquals(List.of(), amounts(ok(partner.api().get("sales?from=2021-05"))));
    }

    @Test
    void aCursorPagesThroughEverySaleOnceAndKeepsItsFilter() {
        Partner partner = partner("Api Cursor Partners");
        money().sale(partner.portal(), partner.birch(), SaleType.UPGRADE, "50.00", LocalDate.of(2021, 3, 25));
        List<String> seen = new ArrayList<>();
        JsonObject page = ok(partner.api().get("sales?limit=2"));
        seen.addAll(amounts(page));
        // A sale recorded between two pages, newer than the cursor's place, cannot show on a later page.
        money().sale(partner.portal(), partner.birch(), SaleType.NEW, "90.00", LocalDate.of(2021, 6, 1));
        page = ok(partner.api().get("sales?cursor=" + page.getString("next")));
        seen.addAll(amounts(page));
        assertFalse(page.containsKey("next"), page.toString());
        assertEquals(List.of("200.00 EUR", "50.00 EUR", "300.00 EUR", "500.00 EUR"), seen);

        JsonObject marchPage = ok(partner.api().get("sales?from=2021-03&to=2021-03&limit=1"));
        String next = marchPage.getString("next");
        assertEquals(List.of("50.00 EUR"), amounts(marchPage));
        assertEquals(List.of("300.00 EUR"), amounts(ok(partner.api().get("sales?limit=1&cursor=" + next))),
                "the cursor keeps the filter it was made with");
        assertEquals("cursor", field(partner.api().get("sales?from=2021-04&cursor=" + next)));
        assertEquals("cursor", field(partner.api().get("earnings?cursor=" + next)), "a sales cursor pages no earnings");
        assertEquals("cursor", field(partner.api().get("sales?cursor=bm90LWEtY3Vyc29y")));
    }

    @Test
    void badFiltersAreListedByField() {
        Partner partner = partner("Api Filter Partners");
        assertEquals("from", field(partner.api().get("sales?from=2021-13")));
        assertEquals("to", field(partner.api().get("earnings?from=2021-05&to=2021-03")));
        assertEquals("client", field(partner.api().get("earnings?client=alder")));
        assertEquals("limit", field(partner.api().get("payouts?limit=201")));
    }

    @Test
    void earningsCarryTheirRatesAndAPayoutPaysWhatWasAvailableAtItsCutOff() throws IOException {
        Partner partner = partner("Api Payout Partners");
        JsonObject before = ok(partner.api().get("earnings"));
        assertEquals(List.of("40.00 EUR", "30.00 EUR", "100.00 EUR"), amounts(before));
        assertEquals(List.of("20.00", "10.00", "20.00"), strings(before, "ratePercent"));
        assertEquals(List.of("commission", "commission", "commission"), strings(before, "kind"));
        assertEquals(List.of("170.00 EUR"), totals(before));
        assertEquals("500.00", before.getJsonArray("data").getJsonObject(2).getJsonObject("saleAmount").getString("amount"));

        long payoutId = money().paidOut(partner.portal(), "2021-03");
        JsonObject payouts = ok(partner.api().get("payouts"));
        assertEquals(List.of("2021-03"), strings(payouts, "period"));
        JsonObject payout = payouts.getJsonArray("data").getJsonObject(0);
        assertEquals(payoutId, payout.getJsonNumber("id").longValue());
        assertEquals("130.00", payout.getJsonObject("amount").getString("amount"), "March's 100.00 and 30.00, not April's 40.00");
        assertEquals(2, payout.getInt("earnings"));
        assertEquals("issued", payout.getString("status"));
        assertEquals("2021-04-01", payout.getString("cutOff"));
        assertEquals(List.of("130.00 EUR"), totals(payouts));
        assertEquals(List.of(), strings(ok(partner.api().get("payouts?from=2021-04")), "period"));

        JsonObject after = ok(partner.api().get("earnings"));
        assertEquals(List.of("available", "paid", "paid"), strings(after, "status"));
        JsonObject paid = after.getJsonArray("data").getJsonObject(2);
        assertEquals(payoutId, paid.getJsonNumber("payoutId").longValue());
        assertEquals("2021-03", paid.getString("payoutPeriod"));

        JsonObject details = ok(partner.api().get("payouts/" + payoutId));
        assertEquals("130.00", details.getJsonObject("payout").getJsonObject("amount").getString("amount"));
        assertEquals(List.of("100.00", "30.00"), details.getJsonArray("earnings").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("amount").getString("amount")).toList(), "oldest first");

        Download csv = partner.api().download("payouts/" + payoutId + "/statement?format=csv", null);
        assertEquals(200, csv.status(), csv.text());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.header("Content-Disposition").contains("statement-2021-03.csv"));
        String[] lines = csv.text().split("\r\n");
        assertEquals(StatementCsv.HEADER, lines[0]);
        assertEquals(4, lines.length, csv.text());
        assertTrue(lines[1].startsWith("2021-03-10,COMMISSION,"), lines[1]);
        assertTrue(lines[1].contains(partner.alder().name() + ",500.00,EUR,1.00000000,20.00,100.00,EUR,PAID,2021-03"), lines[1]);
        assertTrue(lines[2].contains(partner.birch().name() + ",300.00,EUR,1.00000000,10.00,30.00,EUR,PAID,2021-03"), lines[2]);
        assertEquals("Total,," + partner.portal().name() + ",,,,,,130.00,EUR,ISSUED,2021-03", lines[3]);
        assertArrayEquals(csv.body(), partner.api().download("payouts/" + payoutId + "/statement", "text/csv").body(),
                "Accept: text/csv gives the same file");

        Download pdf = partner.api().download("payouts/" + payoutId + "/statement", "application/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.header("Content-Type").startsWith("application/pdf"), pdf.header("Content-Type"));
        assertTrue(pdf.header("Content-Disposition").contains("statement-2021-03.pdf"));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("Payout statement"), text);
        assertTrue(text.contains(partner.portal().name()), text);
        assertTrue(text.contains("EUR 130.00"), text);
        assertTrue(text.contains(partner.birch().name()), text);
        assertEquals("%PDF", new String(partner.api().download("payouts/" + payoutId + "/statement", null).body(), 0, 4,
                java.nio.charset.StandardCharsets.US_ASCII), "a PDF for a client that states no preference");

        Download json = partner.api().download("payouts/" + payoutId + "/statement", "application/json");
        assertEquals(406, json.status(), json.text());
        assertTrue(json.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(400, partner.api().download("payouts/" + payoutId + "/statement?format=xlsx", null).status());
    }

    @Test
    void theEarningsPageExportsTheSameCsvStatementAsTheApi() {
        Partner partner = partner("Api Page Partners");
        long payoutId = money().paidOut(partner.portal(), "2021-07");
        Download api = partner.api().download("payouts/" + payoutId + "/statement?format=csv", null);
        assertEquals(200, api.status());
        assertTrue(api.text().contains(",170.00,EUR,ISSUED,2021-07"), "March's and April's earnings: " + api.text());
        WebClient browser = fixtures().signedIn(deployment, partner.admin());
        WebClient.Page page = browser.open("portal/earnings.xhtml");
        assertEquals(200, page.status());
        WebClient.Page csv = browser.submit("portal/earnings.xhtml", page, "earnings", Map.of(), "tabs:payouts:0:statement-csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.body());
        assertEquals(api.text(), csv.body(), "one writer for the page and the API");
    }

    @Test
    void onlyThoseTheEarningsPageShowsMoneyToSeeItOverTheApi() {
        Partner partner = partner("Api Guarded Partners");
        long payoutId = money().paidOut(partner.portal(), "2021-05");
        String[] reads = {"sales", "earnings", "payouts", "payouts/" + payoutId, "payouts/" + payoutId + "/statement?format=csv"};

        // A service provider's portal has no earnings: as on the Earnings page, there is nothing to find.
        Portal bureau = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Api Moneyless Bureau");
        Person bureauAdmin = fixtures().portalAdmin(bureau, "Bo", "Bureau");
        ApiClient bureauApi = new ApiClient(deployment, fixtures().apiToken(bureau, bureauAdmin).secret());
        for (String read : reads) {
            Answer answer = bureauApi.get(read);
            assertEquals(404, answer.status(), read + ": " + answer.body());
            assertTrue(answer.json().getString("detail").contains("channel partners"), answer.body());
        }

        // Another channel partner finds none of this one's payouts.
        Partner rival = partner("Api Rival Partners");
        for (String read : List.of("payouts/" + payoutId, "payouts/" + payoutId + "/statement?format=pdf")) {
            Answer answer = rival.api().get(read);
            assertEquals(404, answer.status(), read + ": " + answer.body());
            assertEquals("No such payout.", answer.json().getString("detail"));
        }
        assertEquals(List.of(), strings(ok(rival.api().get("payouts")), "period"));
        assertEquals(404, rival.api().get("payouts/0").status());
        assertEquals(404, rival.api().get("payouts/statement").status());

        // A member who sees only some clients does not follow the portal's earnings, whatever their token's scopes.
        Person assigned = fixtures().portalAdmin(partner.portal(), "Ari", "Assigned");
        ApiClient assignedApi = new ApiClient(deployment, fixtures().apiToken(partner.portal(), assigned).secret());
        assertEquals(200, assignedApi.get("sales").status(), "as an admin with every client");
        fixtures().assignOnly(assigned, partner.portal(), partner.alder());
        for (String read : reads) {
            assertEquals(404, assignedApi.get(read).status(), read);
        }

        // And a token without earnings:read is refused before anything is read.
        ApiClient narrow = new ApiClient(deployment, fixtures().apiToken(partner.portal(), partner.admin(), "scopes",
                "accounts:read").secret());
        Answer refused = narrow.get("sales");
        assertEquals(403, refused.status());
        assertTrue(refused.json().getString("detail").contains("earnings:read"));
        assertNotNull(ok(partner.api().get("payouts/" + payoutId)).getJsonObject("payout"));
    }
}
