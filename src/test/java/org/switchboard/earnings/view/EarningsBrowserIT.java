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
import org.switchboard.testsupport.browser.Browser;
import org.switchboard.testsupport.web.WebClient;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: Brightpath's admin sees the earnings snapshot on Welcome, the Earnings page's Sales,
 * Earnings and Payouts, narrows them by client and period, exports the sales as CSV and downloads a
 * payout statement as PDF; a service provider's admin has no Earnings page at all. Other test
 * classes add sales of their own portals only, so the checks here are relative to Brightpath's
 * demo year rather than exact totals.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarningsBrowserIT {

    private static final String CARA = "cara.bright@brightpath.example";
    private static final String SAM = "sam.north@northwind.example";
    private static final String PASSWORD = "switchboard-demo";
    private static final String SALES = "#earnings\\:tabs\\:sales";
    private static final String EARNINGS = "#earnings\\:tabs\\:earning-lines";
    private static final String PAYOUTS = "#earnings\\:tabs\\:payouts";

    @ArquillianResource
    URL deployment;

    private static void signIn(Browser browser, String email) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", email);
        browser.type("#login\\:password", PASSWORD);
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    @Test
    void aChannelPartnerSeesFiltersAndExportsHerSalesEarningsAndPayouts() throws IOException {
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, CARA);
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
            assertFalse(allClients.isEmpty(), "Brightpath has a year of sales");
            assertTrue(allClients.contains("Lumen Studios") && allClients.contains("Cobalt Robotics"), allClients.toString());
            BigDecimal allSales = euros(browser.text(SALES + "-totals"));
            browser.screenshot("earnings-02-sales");

            // One client: every row is hers, and the total is less than all clients'.
            browser.type("#earnings\\:client_input", "Lum");
            browser.find("#earnings\\:client_panel li[data-item-label='Lumen Studios']").click();
            browser.waitForAjax();
            waitUntilColumnIs(browser, SALES, 2, "Lumen Studios");
            BigDecimal lumenSales = euros(browser.text(SALES + "-totals"));
            assertTrue(lumenSales.compareTo(allSales) < 0, lumenSales + " of " + allSales);
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
                assertEquals("Lumen Studios", cells.get(1), line);
                assertTrue(cells.get(0).matches("\\d{4}-\\d{2}-\\d{2}"), line);
                assertEquals("EUR", cells.get(4), line);
                csvTotal = csvTotal.add(new BigDecimal(cells.get(3)));
            }
            assertEquals(0, csvTotal.compareTo(lumenSales), csvTotal + " in the file, " + lumenSales + " on the page");

            // And one month: every sale of it, fewer than the year's.
            YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(3);
            String label = month.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
            choose(browser, "from", label);
            choose(browser, "to", label);
            List<String> days = waitUntilColumnEndsWith(browser, SALES, 1, label);
            BigDecimal monthSales = euros(browser.text(SALES + "-totals"));
            assertTrue(monthSales.compareTo(lumenSales) < 0, monthSales + " of " + lumenSales);
            assertTrue(column(browser, SALES, 2).stream().allMatch("Lumen Studios"::equals));
            assertFalse(days.isEmpty());
            browser.screenshot("earnings-03-filtered");

            browser.find("#earnings\\:tabs a[href$='earnings-tab']").click();
            assertTrue(column(browser, EARNINGS, 3).stream().allMatch("Lumen Studios"::equals));
            assertTrue(column(browser, EARNINGS, 1).stream().allMatch(day -> day.endsWith(label)));
            assertFalse(column(browser, EARNINGS, 1).isEmpty(), "a month of Lumen's renewals earned commission");
            browser.screenshot("earnings-04-earnings");

            // All periods again; the payouts and one's statement.
            browser.find("#earnings\\:clear").click();
            browser.waitForAjax();
            browser.find("#earnings\\:tabs a[href$='payouts-tab']").click();
            List<String> periods = column(browser, PAYOUTS, 1);
            assertFalse(periods.isEmpty(), "Brightpath was paid monthly");
            assertTrue(euros(browser.text(PAYOUTS + "-totals")).signum() > 0);
            browser.screenshot("earnings-05-payouts");
            browser.find("#earnings\\:tabs\\:payouts\\:0\\:statement").click();
            Path pdf = browser.downloaded("statement-" + periods.get(0));
            byte[] bytes = Files.readAllBytes(pdf);
            assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1));
            String text = text(bytes);
            assertTrue(text.contains(periods.get(0)), text);
            assertTrue(text.contains("Brightpath Partners"), text);
            assertTrue(text.contains("Total"), text);
            assertEquals("/portal/earnings.xhtml", browser.path());
        }
    }

    @Test
    void aServiceProviderHasNeitherTheEarningsPageNorItsLink() {
        WebClient sam = new WebClient(deployment);
        sam.login(SAM, PASSWORD);
        assertEquals(403, sam.get("portal/earnings.xhtml").status());
        WebClient.Page welcome = sam.open("portal/welcome.xhtml");
        assertEquals(200, welcome.status());
        assertTrue(welcome.contains("topbar:nav-accounts"), "Sam is on his portal's Welcome page");
        assertFalse(welcome.contains("topbar:nav-earnings"));
        assertFalse(welcome.contains("earnings-snapshot"));

        WebClient cara = new WebClient(deployment);
        cara.login(CARA, PASSWORD);
        assertTrue(cara.open("portal/welcome.xhtml").contains("topbar:nav-earnings"));
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
        browser.find("#earnings\\:" + id).click();
        WebElement option = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#earnings\\:" + id + "_items li[data-label='" + label + "']")));
        option.click();
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
