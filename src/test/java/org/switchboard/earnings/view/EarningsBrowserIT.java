package org.switchboard.earnings.view;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.testsupport.browser.Browser;
import org.switchboard.testsupport.browser.SelectMenu;
import org.switchboard.testsupport.web.EarningsFixtures;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.WebClient;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: a channel partner's admin sees the earnings snapshot on Welcome, the Earnings page's
 * Sales, Earnings and Payouts, narrows them by client and period, exports the sales as CSV and
 * downloads a payout statement as PDF; a service provider's admin has no Earnings page at all. The
 * partner and its half year of sales are this class's own, and so are the payout periods of 2022.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarningsBrowserIT {

    private static final String SALES = "#earnings\\:tabs\\:sales";
    private static final String EARNINGS = "#earnings\\:tabs\\:earning-lines";
    private static final String PAYOUTS = "#earnings\\:tabs\\:payouts";

    @ArquillianResource
    URL deployment;

    private static void signIn(Browser browser, Person person) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", person.email());
        browser.type("#login\\:password", Fixtures.PASSWORD);
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    /** A channel partner of this class's own, its admin and its two clients. */
    private record Partner(Portal portal, Person admin, Client renewing, Client other) {
    }

    /**
     * A channel partner (30 days' hold, paid from 100.00) whose first client bought six months ago
     * and renewed every month since, and whose second bought four months ago and renewed once; plus
     * two sales of 2022 to the second, paid out for 2022-06 and 2022-07.
     */
    private Partner partnerWithSalesAndPayouts() {
        Fixtures fixtures = new Fixtures(deployment);
        EarningsFixtures money = new EarningsFixtures(deployment);
        Portal portal = money.channelPartner("Kingfisher Partners", LocalDate.of(2022, 1, 1), 30, "100.00");
        Client renewing = money.payingClient(portal, "Quill Studios");
        Client other = money.payingClient(portal, "Ember Robotics");
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        money.sale(portal, renewing, SaleType.NEW, "600.00", now.minusMonths(6).atDay(5));
        for (int back = 5; back >= 1; back--) {
            money.sale(portal, renewing, SaleType.RENEWAL, "600.00", now.minusMonths(back).atDay(5));
        }
        money.sale(portal, other, SaleType.NEW, "1500.00", now.minusMonths(4).atDay(12));
        money.sale(portal, other, SaleType.RENEWAL, "1500.00", now.minusMonths(3).atDay(12));
        money.sale(portal, other, SaleType.NEW, "1000.00", LocalDate.of(2022, 5, 10));      // 200.00 from 9 June
        money.paidOut(portal, "2022-06");
        money.sale(portal, other, SaleType.RENEWAL, "1500.00", LocalDate.of(2022, 6, 10));  // 150.00 from 10 July
        money.paidOut(portal, "2022-07");
        return new Partner(portal, fixtures.portalAdmin(portal, "Kit", "Kingfisher"), renewing, other);
    }

    @Test
    void aChannelPartnerSeesFiltersAndExportsHerSalesEarningsAndPayouts() throws IOException {
        Partner partner = partnerWithSalesAndPayouts();
        String client = partner.renewing().name();
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, partner.admin());
            browser.open("portal/welcome.xhtml");
            browser.find("#earnings-snapshot");
            assertTrue(browser.text("#earnings-available").startsWith("EUR "), browser.text("#earnings-available"));
            assertTrue(browser.text("#earnings-pending").startsWith("EUR "), browser.text("#earnings-pending"));
            assertFalse(browser.text("#next-payout-date").isBlank());
            assertTrue(browser.text("#next-payout-amount").startsWith("EUR "), browser.text("#next-payout"));
            assertFalse(browser.text("#next-payout-reason").isBlank());
            assertTrue(browser.text("#trial-potential-amount").startsWith("EUR "), browser.text("#trial-potential"));
            browser.screenshot("earnings-01-welcome-snapshot");

            browser.clickAndWait(browser.find("#topbar\\:nav-earnings"));
            assertEquals("/portal/earnings.xhtml", browser.path());
            assertEquals(List.of("Sales", "Earnings", "Payouts"), browser.texts("#earnings\\:tabs .ui-tabs-nav li"));
            browser.find("#chart canvas");
            List<String> allClients = column(browser, SALES, 2);
            assertFalse(allClients.isEmpty(), "the partner has half a year of sales");
            assertTrue(allClients.contains(client) && allClients.contains(partner.other().name()), allClients.toString());
            BigDecimal allSales = euros(browser.text(SALES + "-totals"));
            browser.screenshot("earnings-02-sales");

            // One client: every row is hers, and the total is less than all clients'.
            browser.type("#earnings\\:client_input", client.substring(0, 3));
            browser.find("#earnings\\:client_panel li[data-item-label='" + client + "']").click();
            browser.waitForAjax();
            waitUntilColumnIs(browser, SALES, 2, client);
            BigDecimal clientSales = euros(browser.text(SALES + "-totals"));
            assertTrue(clientSales.compareTo(allSales) < 0, clientSales + " of " + allSales);
            assertTrue(browser.text(SALES + "-totals").contains("(filtered)"));

            // Its CSV: the same rows, a header, amounts as plain numbers adding up to the total shown.
            browser.find("#earnings\\:tabs\\:export-sales").click();
            Path csv = browser.downloaded("sales");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals("Date,Client,Type,Amount,Currency,Description", lines.get(0));
            assertTrue(lines.size() > 1, "rows under the header");
            BigDecimal csvTotal = BigDecimal.ZERO;
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = cells(line);
                assertEquals(client, cells.get(1), line);
                assertTrue(cells.get(0).matches("\\d{4}-\\d{2}-\\d{2}"), line);
                assertEquals("EUR", cells.get(4), line);
                csvTotal = csvTotal.add(new BigDecimal(cells.get(3)));
            }
            assertEquals(0, csvTotal.compareTo(clientSales), csvTotal + " in the file, " + clientSales + " on the page");

            // And one month: every sale of it, fewer than the year's.
            YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(3);
            String label = month.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
            choose(browser, "from", label);
            choose(browser, "to", label);
            List<String> days = waitUntilColumnEndsWith(browser, SALES, 1, label);
            BigDecimal monthSales = euros(browser.text(SALES + "-totals"));
            assertTrue(monthSales.compareTo(clientSales) < 0, monthSales + " of " + clientSales);
            assertTrue(column(browser, SALES, 2).stream().allMatch(client::equals));
            assertFalse(days.isEmpty());
            browser.screenshot("earnings-03-filtered");

            browser.find("#earnings\\:tabs a[href$='earnings-tab']").click();
            assertTrue(column(browser, EARNINGS, 3).stream().allMatch(client::equals));
            assertTrue(column(browser, EARNINGS, 1).stream().allMatch(day -> day.endsWith(label)));
            assertFalse(column(browser, EARNINGS, 1).isEmpty(), "the month's renewal earned commission");
            browser.screenshot("earnings-04-earnings");

            // All periods again; the payouts and one's statement.
            browser.find("#earnings\\:clear").click();
            browser.waitForAjax();
            browser.find("#earnings\\:tabs a[href$='payouts-tab']").click();
            List<String> periods = column(browser, PAYOUTS, 1);
            assertEquals(List.of("2022-07", "2022-06"), periods, "the partner was paid for two months, the latest first");
            assertTrue(euros(browser.text(PAYOUTS + "-totals")).signum() > 0);
            browser.screenshot("earnings-05-payouts");
            browser.find("#earnings\\:tabs\\:payouts\\:0\\:statement").click();
            Path pdf = browser.downloaded("statement-" + periods.get(0));
            byte[] bytes = Files.readAllBytes(pdf);
            assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1));
            String text = text(bytes);
            assertTrue(text.contains(periods.get(0)), text);
            assertTrue(text.contains(partner.portal().name()), text);
            assertTrue(text.contains("Total"), text);
            assertEquals("/portal/earnings.xhtml", browser.path());
        }
    }

    @Test
    void aServiceProviderHasNeitherTheEarningsPageNorItsLink() {
        Fixtures fixtures = new Fixtures(deployment);
        Person bureauAdmin = fixtures.portalAdmin(fixtures.portal(PortalKind.SERVICE_PROVIDER, "Ledger Bureau"), "Sid", "Bureau");
        WebClient bureau = fixtures.signedIn(deployment, bureauAdmin);
        assertEquals(403, bureau.get("portal/earnings.xhtml").status());
        WebClient.Page welcome = bureau.open("portal/welcome.xhtml");
        assertEquals(200, welcome.status());
        assertTrue(welcome.contains("topbar:nav-accounts"), "the admin is on the portal's Welcome page");
        assertFalse(welcome.contains("topbar:nav-earnings"));
        assertFalse(welcome.contains("earnings-snapshot"));

        Person partnerAdmin = fixtures.portalAdmin(fixtures.portal(PortalKind.CHANNEL_PARTNER, "Ledger Partners"), "Chloe", "Channel");
        assertTrue(fixtures.signedIn(deployment, partnerAdmin).open("portal/welcome.xhtml").contains("topbar:nav-earnings"));
    }

    /** The texts of a table's column (1 = first) on the page shown; empty for "no rows". */
    private static List<String> column(Browser browser, String table, int column) {
        browser.find(table);
        return browser.texts(table + "_data tr[data-ri] > td:nth-child(" + column + ")");
    }

    private static void waitUntilColumnIs(Browser browser, String table, int column, String value) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ignored -> {
            List<String> cells = column(browser, table, column);
            return !cells.isEmpty() && cells.stream().allMatch(value::equals);
        });
    }

    private static List<String> waitUntilColumnEndsWith(Browser browser, String table, int column, String end) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ignored -> {
            List<String> cells = column(browser, table, column);
            return !cells.isEmpty() && cells.stream().allMatch(cell -> cell.endsWith(end)) ? cells : null;
        });
    }

    /** Picks an option of a PrimeFaces select by its label. */
    private static void choose(Browser browser, String id, String label) {
        SelectMenu.choose(browser, "earnings:" + id, "li[data-label='" + label + "']");
        browser.waitForAjax();
    }

    /** One line of RFC 4180 CSV (without line breaks in cells) as its cells. */
    private static List<String> cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** "Total: EUR 1234.00" as 1234.00. */
    private static BigDecimal euros(String totals) {
        int at = totals.indexOf("EUR ");
        assertTrue(at >= 0, totals);
        return new BigDecimal(totals.substring(at + 4).split("[\\s·]")[0]);
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
