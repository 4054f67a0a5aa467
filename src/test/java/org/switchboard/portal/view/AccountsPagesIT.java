package org.switchboard.portal.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Accounts and client details pages over HTTP, as outsiders and insiders, with the demo data:
 * Northwind Payroll Bureau has 40 clients; Pat is assigned two of them; Lumen Studios is Brightpath's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsPagesIT {

    private static final String PASSWORD = "switchboard-demo";
    private static final Pattern ROW_LINK = Pattern.compile("account\\.xhtml\\?id=(\\d+)\"[^>]*>([^<]+)</a>");

    @ArquillianResource
    URL deployment;

    private WebClient signedIn(String email) {
        WebClient browser = new WebClient(deployment);
        browser.login(email, PASSWORD);
        return browser;
    }

    private record Row(String id, String name) {
    }

    private static List<Row> rows(Page page) {
        List<Row> rows = new ArrayList<>();
        Matcher matcher = ROW_LINK.matcher(page.body());
        while (matcher.find()) {
            rows.add(new Row(matcher.group(1), matcher.group(2).replace("&amp;", "&")));
        }
        return rows;
    }

    private static String idOf(WebClient browser, String clientName) {
        Page page = browser.open("portal/accounts.xhtml?q=" + URLEncoder.encode(clientName, StandardCharsets.UTF_8));
        return rows(page).stream().filter(row -> row.name().equals(clientName)).findFirst().orElseThrow().id();
    }

    @Test
    void anotherPortalsClientOrAnUnknownIdIsNotFound() {
        String lumen = idOf(signedIn("cara.bright@brightpath.example"), "Lumen Studios");
        WebClient sam = signedIn("sam.north@northwind.example");
        String harbour = idOf(sam, "Harbour Café");

        assertEquals(200, sam.open("portal/account.xhtml?id=" + harbour).status());
        for (String id : new String[]{lumen, "999999999", "abc", "-1", "1%27%20or%201=1", ""}) {
            Page page = sam.get("portal/account.xhtml?id=" + id);
            assertEquals(404, page.status(), "id " + id);
            assertFalse(page.contains("Lumen Studios"));
        }
        assertEquals(404, sam.get("portal/account.xhtml").status());
    }

    @Test
    void aPartnerUserWithAssignedClientsSeesOnlyThose() {
        WebClient sam = signedIn("sam.north@northwind.example");
        String kestrel = idOf(sam, "Kestrel Logistics");
        WebClient pat = signedIn("pat.lee@northwind.example");

        Page accounts = pat.open("portal/accounts.xhtml");
        assertEquals(List.of("Harbour Café", "Maple Dental"), rows(accounts).stream().map(Row::name).toList());
        assertEquals(404, pat.get("portal/account.xhtml?id=" + kestrel).status());
        assertTrue(rows(pat.open("portal/accounts.xhtml?q=kestrel")).isEmpty());
        assertTrue(pat.open("portal/welcome.xhtml").contains("id=\"clients-total\">2<"));
    }

    @Test
    void theUrlCarriesSearchFilterSortAndPage() {
        WebClient sam = signedIn("sam.north@northwind.example");

        List<String> bakeries = rows(sam.open("portal/accounts.xhtml?q=bakery&sort=name&order=desc")).stream()
                .map(Row::name).toList();
        assertTrue(bakeries.size() >= 5, bakeries.toString());
        assertTrue(bakeries.stream().allMatch(name -> name.endsWith("Bakery")), bakeries.toString());
        List<String> reversed = new ArrayList<>(bakeries);
        reversed.sort(java.util.Comparator.comparing((String name) -> name.toLowerCase()).reversed());
        assertEquals(reversed, bakeries);

        List<Row> firstPage = rows(sam.open("portal/accounts.xhtml"));
        List<Row> secondPage = rows(sam.open("portal/accounts.xhtml?page=2"));
        assertEquals(25, firstPage.size());
        assertEquals(15, secondPage.size());
        assertTrue(firstPage.stream().noneMatch(secondPage::contains));

        assertTrue(rows(sam.open("portal/accounts.xhtml?status=trial")).stream().map(Row::name).toList().contains("Maple Dental"));
    }

    @Test
    void malformedParametersFallBackToTheDefaultView() {
        WebClient sam = signedIn("sam.north@northwind.example");
        Page page = sam.open("portal/accounts.xhtml?sort=bogus&order=sideways&page=abc&status=nope&plan=%3Cscript%3E");
        assertEquals(200, page.status());
        assertEquals(rows(sam.open("portal/accounts.xhtml")), rows(page));
        assertFalse(page.contains("<script>"));
    }

    @Test
    void searchesForWildcardsQuotesAndLongTextAreSafe() {
        WebClient sam = signedIn("sam.north@northwind.example");
        for (String text : new String[]{"%", "_", "'", "\"", "\\", "a".repeat(3_000)}) {
            Page page = sam.open("portal/accounts.xhtml?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            assertEquals(200, page.status(), text.length() > 10 ? "long text" : text);
            assertTrue(page.contains("No client accounts match."), text.length() > 10 ? "long text" : text);
        }
    }

    @Test
    void aClientUserHasNoPortalPages() {
        WebClient alex = signedIn("alex.harbour@harbourcafe.example");
        assertEquals(404, alex.get("portal/accounts.xhtml").status());
        assertEquals(404, alex.get("portal/account.xhtml?id=1").status());
    }
}
