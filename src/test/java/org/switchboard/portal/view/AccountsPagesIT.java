package org.switchboard.portal.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
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
 * The Accounts and client details pages over HTTP, as outsiders and insiders. Each test builds its
 * own bureau (a service provider portal) and, where it needs one, a second portal: the bureau's
 * Accounts page then lists exactly the clients the test made.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsPagesIT {

    private static final Pattern ROW_LINK = Pattern.compile("account\\.xhtml\\?id=(\\d+)\"[^>]*>([^<]+)</a>");
    /** One page of the Accounts table. */
    private static final int PAGE_SIZE = 25;
    private static final String[] BAKERIES = {"Almond", "Bramble", "Clover", "Damson", "Elder"};
    private static final String[] WORDS = {"Almond", "Bramble", "Clover", "Damson", "Elder", "Fennel"};
    private static final String[] TRADES = {"Clinic", "Joinery", "Garage", "Studio"};

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    private WebClient signedIn(Person person) {
        return fixtures().signedIn(deployment, person);
    }

    private Portal bureau() {
        return fixtures().portal(PortalKind.SERVICE_PROVIDER, "Accounts Bureau");
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

    /**
     * More clients than one page holds: five bakeries, a trial and a run of other trades, of mixed
     * statuses. Answers the trial.
     */
    private Client moreThanAPageOfClients(Portal bureau) {
        for (String bakery : BAKERIES) {
            fixtures().client(bureau, bakery + " Bakery");
        }
        ClientStatus[] statuses = {ClientStatus.ACTIVE, ClientStatus.ACTIVE, ClientStatus.PAST_DUE, ClientStatus.CANCELLED};
        int n = 0;
        for (String word : WORDS) {
            for (String trade : TRADES) {
                fixtures().client(bureau, word + " " + trade, statuses[n++ % statuses.length]);
            }
        }
        return fixtures().client(bureau, "Hazel Dental", ClientStatus.TRIAL);
    }

    /** What {@link #moreThanAPageOfClients} makes. */
    private static int clientsOfMoreThanAPage() {
        return BAKERIES.length + WORDS.length * TRADES.length + 1;
    }

    @Test
    void anotherPortalsClientOrAnUnknownIdIsNotFound() {
        Client elsewhere = fixtures().client(fixtures().portal(PortalKind.CHANNEL_PARTNER, "Other Partners"), "Lark Studios");
        Portal bureau = bureau();
        Client coffee = fixtures().client(bureau, "Quayside Coffee");
        WebClient admin = signedIn(fixtures().portalAdmin(bureau, "Nora", "Quint"));

        assertEquals(200, admin.open("portal/account.xhtml?id=" + coffee.id()).status());
        for (String id : new String[]{String.valueOf(elsewhere.id()), "999999999", "abc", "-1", "1%27%20or%201=1", ""}) {
            Page page = admin.get("portal/account.xhtml?id=" + id);
            assertEquals(404, page.status(), "id " + id);
            assertFalse(page.contains(elsewhere.name()));
        }
        assertEquals(404, admin.get("portal/account.xhtml").status());
    }

    @Test
    void aPartnerUserWithAssignedClientsSeesOnlyThose() {
        Portal bureau = bureau();
        Client coffee = fixtures().client(bureau, "Alder Coffee");
        Client dental = fixtures().client(bureau, "Birch Dental", ClientStatus.TRIAL);
        Client logistics = fixtures().client(bureau, "Cormorant Logistics");
        WebClient partner = signedIn(fixtures().assignedPartnerUser(bureau, "Theo", "Brandt", true, coffee, dental));

        Page accounts = partner.open("portal/accounts.xhtml");
        assertEquals(List.of(coffee.name(), dental.name()), rows(accounts).stream().map(Row::name).toList());
        assertEquals(404, partner.get("portal/account.xhtml?id=" + logistics.id()).status());
        assertTrue(rows(partner.open("portal/accounts.xhtml?q=cormorant")).isEmpty());
        assertTrue(partner.open("portal/welcome.xhtml").contains("id=\"clients-total\">2<"));
    }

    @Test
    void theUrlCarriesSearchFilterSortAndPage() {
        Portal bureau = bureau();
        Client trial = moreThanAPageOfClients(bureau);
        WebClient admin = signedIn(fixtures().portalAdmin(bureau, "Nora", "Quint"));

        List<String> bakeries = rows(admin.open("portal/accounts.xhtml?q=bakery&sort=name&order=desc")).stream()
                .map(Row::name).toList();
        assertEquals(BAKERIES.length, bakeries.size(), bakeries.toString());
        // Names carry a unique suffix after the trade: "Almond Bakery-1a2b3c4d".
        assertTrue(bakeries.stream().allMatch(name -> name.contains(" Bakery")), bakeries.toString());
        List<String> reversed = new ArrayList<>(bakeries);
        reversed.sort(java.util.Comparator.comparing((String name) -> name.toLowerCase()).reversed());
        assertEquals(reversed, bakeries);

        List<Row> firstPage = rows(admin.open("portal/accounts.xhtml"));
        List<Row> secondPage = rows(admin.open("portal/accounts.xhtml?page=2"));
        assertEquals(PAGE_SIZE, firstPage.size());
        assertEquals(clientsOfMoreThanAPage() - PAGE_SIZE, secondPage.size());
        assertTrue(firstPage.stream().noneMatch(secondPage::contains));

        assertTrue(rows(admin.open("portal/accounts.xhtml?status=trial")).stream().map(Row::name).toList().contains(trial.name()));
    }

    @Test
    void malformedParametersFallBackToTheDefaultView() {
        Portal bureau = bureau();
        moreThanAPageOfClients(bureau);
        WebClient admin = signedIn(fixtures().portalAdmin(bureau, "Nora", "Quint"));
        Page page = admin.open("portal/accounts.xhtml?sort=bogus&order=sideways&page=abc&status=nope&plan=%3Cscript%3E");
        assertEquals(200, page.status());
        assertEquals(rows(admin.open("portal/accounts.xhtml")), rows(page));
        assertFalse(page.contains("<script>"));
    }

    @Test
    void searchesForWildcardsQuotesAndLongTextAreSafe() {
        Portal bureau = bureau();
        fixtures().client(bureau, "Quayside Coffee");
        fixtures().client(bureau, "Almond Bakery");
        WebClient admin = signedIn(fixtures().portalAdmin(bureau, "Nora", "Quint"));
        for (String text : new String[]{"%", "_", "'", "\"", "\\", "a".repeat(3_000)}) {
            Page page = admin.open("portal/accounts.xhtml?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            assertEquals(200, page.status(), text.length() > 10 ? "long text" : text);
            assertTrue(page.contains("No client accounts match."), text.length() > 10 ? "long text" : text);
        }
    }

    @Test
    void aClientUserHasNoPortalPages() {
        Client coffee = fixtures().client(bureau(), "Quayside Coffee");
        WebClient clientAdmin = signedIn(fixtures().clientUser(coffee, ClientRole.CLIENT_ADMIN, "Ivy", "Holm"));
        assertEquals(404, clientAdmin.get("portal/accounts.xhtml").status());
        assertEquals(404, clientAdmin.get("portal/account.xhtml?id=" + coffee.id()).status());
    }
}
