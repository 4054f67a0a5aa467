package org.switchboard.earnings.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator's Commissions and Payouts pages over HTTP with the demo data: plan versions and
 * exchange rates refuse bad input with a message and save nothing, the preview shows what a run
 * would pay, a payout is settled once, and only operators open the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarningsAdminPagesIT {

    private static final String PASSWORD = "switchboard-demo";
    private static final String COMMISSIONS = "admin/commissions.xhtml";
    private static final String BRIGHTPATH = "Brightpath Partners";

    @ArquillianResource
    URL deployment;

    private WebClient signedIn(String email) {
        WebClient browser = new WebClient(deployment);
        assertEquals(302, browser.login(email, PASSWORD).status(), email);
        return browser;
    }

    private String scalar(String jpql) {
        return new WebClient(deployment).support("scalar", "jpql", jpql).strip();
    }

    private String brightpathVersions() {
        return scalar("select count(c) from CommissionPlan c, Portal p where p.id = c.portalId and p.name = '" + BRIGHTPATH + "'");
    }

    /** The row index of the first button {@code buttonId} after {@code text} in the table of {@code form}. */
    private static String rowAfter(Page page, String text, String form, String buttonId) {
        int at = page.body().indexOf(text);
        assertTrue(at >= 0, text + " is on the page");
        Matcher row = Pattern.compile(form + ":table:(\\d+):" + buttonId).matcher(page.body().substring(at));
        assertTrue(row.find(), buttonId + " after " + text);
        return row.group(1);
    }

    private static Map<String, String> version(String from, String rate, String threshold, String tiers) {
        Map<String, String> post = WebClient.ajaxAction("versionForm:save", "versionForm", "versionForm portals history messages");
        post.put("versionForm", "versionForm");
        post.put("versionForm:effectiveFrom_input", from);
        for (String field : new String[] {"rateNew", "rateRenewal", "rateUpgrade"}) {
            post.put("versionForm:" + field + "_input", rate);
            post.put("versionForm:" + field + "_hinput", rate);
        }
        post.put("versionForm:tiers", tiers);
        post.put("versionForm:bounty_input", "150.00");
        post.put("versionForm:bounty_hinput", "150.00");
        post.put("versionForm:threshold_input", threshold);
        post.put("versionForm:threshold_hinput", threshold);
        post.put("versionForm:currency", "EUR");
        post.put("versionForm:holdDays_input", "30");
        post.put("versionForm:holdDays_hinput", "30");
        post.put("versionForm:clawbackDays_input", "90");
        post.put("versionForm:clawbackDays_hinput", "90");
        return post;
    }

    @Test
    void aPlanVersionWithBadInputIsRefusedAndSavesNothingAndAGoodOneIsListed() {
        WebClient olivia = signedIn("olivia.ops@switchboard.example");
        Page page = olivia.open(COMMISSIONS);
        assertTrue(page.contains(BRIGHTPATH));
        assertTrue(page.contains("20.00 % / 10.00 % / 20.00 %"), "the demo plan in force today");
        String row = rowAfter(page, BRIGHTPATH, "portals", "newVersion");
        String button = "portals:table:" + row + ":newVersion";
        Map<String, String> open = WebClient.ajaxAction(button, button, "history versionForm");
        open.put("portals", "portals");
        assertTrue(olivia.ajax(COMMISSIONS, page, open).contains("PF('version').show()"));

        String before = brightpathVersions();
        // Far in the future and unique to this run: a version to come changes no earning other tests look at.
        String from = LocalDate.now(ZoneOffset.UTC).plusYears(20).plusDays(ThreadLocalRandom.current().nextInt(3_000)).toString();
        assertTrue(olivia.ajax(COMMISSIONS, page, version(from, "150", "100.00", "50: 5")).contains("A rate lies between 0 and 100 %."));
        assertTrue(olivia.ajax(COMMISSIONS, page, version(from, "-1", "100.00", "50: 5")).contains("A rate lies between 0 and 100 %."));
        assertTrue(olivia.ajax(COMMISSIONS, page, version(from, "15", "-5.00", "50: 5")).contains("The threshold cannot be negative."));
        assertTrue(olivia.ajax(COMMISSIONS, page, version(from, "15", "100.00", "fifty: five")).contains("Write each tier as"));
        assertTrue(olivia.ajax(COMMISSIONS, page, version("2020-01-01", "15", "100.00", "50: 5"))
                .contains("A plan applies from today on at the earliest"));
        assertEquals(before, brightpathVersions(), "nothing was saved");

        Page saved = olivia.ajax(COMMISSIONS, page, version(from, "17.50", "120.00", "50: 5\n100: 7.5"));
        assertTrue(saved.contains("Saved the plan of " + BRIGHTPATH + " from " + from), saved.body());
        assertEquals(String.valueOf(Long.parseLong(before) + 1), brightpathVersions());
        assertTrue(saved.contains("(to come)"), "the new version is in the history, as one to come");
        assertTrue(saved.contains("17.50 % / 17.50 % / 17.50 %"));
        assertTrue(olivia.open(COMMISSIONS).contains("20.00 % / 10.00 % / 20.00 %"), "today's plan is unchanged");
    }

    @Test
    void anExchangeRateWithBadInputIsRefusedWithAMessage() {
        WebClient olivia = signedIn("olivia.ops@switchboard.example");
        Page page = olivia.open(COMMISSIONS);
        assertTrue(page.contains("Held sales"));
        String before = scalar("select count(r) from ExchangeRate r");
        assertTrue(olivia.ajax(COMMISSIONS, page, rate("USD", "EUR", "0")).contains("A rate is greater than zero."));
        assertTrue(olivia.ajax(COMMISSIONS, page, rate("EUR", "eur", "1.1")).contains("Choose two different currencies."));
        assertTrue(olivia.ajax(COMMISSIONS, page, rate("EUR", "XYZ", "1.1")).contains("XYZ is not a currency code."));
        assertEquals(before, scalar("select count(r) from ExchangeRate r"));
    }

    private static Map<String, String> rate(String from, String to, String rate) {
        Map<String, String> post = WebClient.ajaxAction("rates:add", "rates", "rates held messages");
        post.put("rates", "rates");
        post.put("rates:from", from);
        post.put("rates:to", to);
        post.put("rates:validFrom_input", LocalDate.now(ZoneOffset.UTC).toString());
        post.put("rates:rate_input", rate);
        post.put("rates:rate_hinput", rate);
        return post;
    }

    @Test
    void theLatestIssuedPayoutIsMarkedPaidOnceWithItsReference() {
        String id = scalar("select max(p.id) from Payout p, Portal o where o.id = p.portalId and o.name = '" + BRIGHTPATH
                + "' and p.status = org.switchboard.earnings.entity.PayoutStatus.ISSUED");
        assertFalse("null".equals(id), "the demo's latest payout is issued");
        String period = scalar("select p.period from Payout p where p.id = " + id);
        String path = "admin/payouts.xhtml?period=" + period;
        WebClient olivia = signedIn("olivia.ops@switchboard.example");
        Page page = olivia.open(path);
        assertTrue(page.contains("Payouts of " + period));
        String row = rowAfter(page, ">" + id + "</td>", "payouts", "paid");
        String button = "payouts:table:" + row + ":paid";
        Map<String, String> open = WebClient.ajaxAction(button, button, "paidForm");
        open.put("payouts", "payouts");
        assertTrue(olivia.ajax(path, page, open).contains("PF('paid').show()"));

        assertTrue(olivia.ajax(path, page, paid("")).body().matches("(?s).*Enter the payment(&#39;|')s reference.*"));
        assertEquals("ISSUED", scalar("select p.status from Payout p where p.id = " + id));
        String reference = TestData.unique("TRF");
        assertTrue(olivia.ajax(path, page, paid(reference)).contains("is marked paid"));
        Page again = olivia.ajax(path, page, paid("TRF-SECOND"));
        assertTrue(again.contains("is paid already; nothing was changed."), again.body());
        assertEquals("PAID", scalar("select p.status from Payout p where p.id = " + id));
        assertEquals(reference, scalar("select p.reference from Payout p where p.id = " + id));
        assertFalse(olivia.open(path).contains(button), "a paid payout offers no Mark paid");
    }

    private static Map<String, String> paid(String reference) {
        Map<String, String> post = WebClient.ajaxAction("paidForm:save", "paidForm", "paidForm payouts messages");
        post.put("paidForm", "paidForm");
        post.put("paidForm:reference", reference);
        return post;
    }

    @Test
    void thePreviewShowsWhatEachPortalWouldBePaidAndWhy() {
        WebClient olivia = signedIn("olivia.ops@switchboard.example");
        // This month has not ended: its preview shows Brightpath's pending and available earnings.
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        Page preview = olivia.open("admin/payouts.xhtml?period=" + month);
        assertTrue(preview.contains("Preview of " + month), preview.body());
        assertTrue(preview.contains("portals to pay"));
        String table = preview.body().substring(preview.body().indexOf("id=\"preview:table\""));
        assertTrue(table.contains(BRIGHTPATH), "Brightpath has a row");
        assertTrue(table.contains("Pays the available balance") || table.contains("Below the threshold of EUR 100.00"),
                "with the reason");
        assertTrue(olivia.open("admin/payouts.xhtml?period=May+2026").contains("Enter a month as year-month"));
    }

    @Test
    void aRunIsRefusedWithTheReasonForAPeriodNotEndedOrDoneAlready() {
        WebClient olivia = signedIn("olivia.ops@switchboard.example");
        String thisMonth = YearMonth.now(ZoneOffset.UTC).toString();
        assertTrue(start(olivia, thisMonth).contains("has not ended yet"));
        String lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        String runs = scalar("select count(r) from PayoutRun r");
        Page again = start(olivia, lastMonth);
        assertTrue(again.contains("has been done already"), "the demo ran last month: " + again.body());
        assertEquals(runs, scalar("select count(r) from PayoutRun r"), "no run was claimed");
        assertEquals("COMPLETED", scalar("select r.status from PayoutRun r where r.period = '" + lastMonth + "'"));
        assertTrue(olivia.open("admin/payouts.xhtml?period=" + lastMonth).contains("status-COMPLETED"), "runs are listed");
    }

    private static Page start(WebClient olivia, String period) {
        String path = "admin/payouts.xhtml?period=" + period;
        Page page = olivia.open(path);
        Map<String, String> post = WebClient.ajaxAction("choose:start", "choose:start", "runs payouts messages");
        post.put("choose", "choose");
        return olivia.ajax(path, page, post);
    }

    @Test
    void aRunStartedFromThePagePaysAndAFailedPayoutReturnsItsEarningsToTheBalance() throws InterruptedException {
        // 2023 is this class's own: no other test has earnings there on the shared database.
        String portalId = new WebClient(deployment).support("channel-earning", "day", "2023-03-10").strip();
        WebClient olivia = signedIn("olivia.ops@switchboard.example");
        assertTrue(start(olivia, "2023-03").contains("has started"));
        String status = "RUNNING";
        for (int i = 0; i < 300 && status.equals("RUNNING"); i++) {
            Thread.sleep(200);
            status = scalar("select r.status from PayoutRun r where r.period = '2023-03'");
        }
        assertEquals("COMPLETED", status);
        String payout = scalar("select p.id from Payout p where p.portalId = " + portalId);
        assertEquals(0, new java.math.BigDecimal("100.00").compareTo(
                new java.math.BigDecimal(scalar("select p.amount from Payout p where p.id = " + payout))));
        assertEquals("PAID", scalar("select e.status from Earning e where e.portalId = " + portalId));

        String path = "admin/payouts.xhtml?period=2023-03";
        Page page = olivia.open(path);
        assertTrue(page.contains("status-COMPLETED"));
        String row = rowAfter(page, ">" + payout + "</td>", "payouts", "failed");
        String button = "payouts:table:" + row + ":failed";
        Map<String, String> open = WebClient.ajaxAction(button, button, "failedForm");
        open.put("payouts", "payouts");
        assertTrue(olivia.ajax(path, page, open).contains("PF('failed').show()"));
        assertTrue(olivia.ajax(path, page, failed("")).contains("Say why the payment failed"));
        assertEquals("ISSUED", scalar("select p.status from Payout p where p.id = " + payout));

        Page done = olivia.ajax(path, page, failed("Account closed"));
        assertTrue(done.contains("are back in the balance"), done.body());
        assertEquals("FAILED", scalar("select p.status from Payout p where p.id = " + payout));
        assertEquals("AVAILABLE", scalar("select e.status from Earning e where e.portalId = " + portalId));
        assertEquals("null", scalar("select e.payoutId from Earning e where e.portalId = " + portalId));
        assertTrue(olivia.ajax(path, page, failed("Again")).contains("is failed already; nothing was changed."));
    }

    private static Map<String, String> failed(String reason) {
        Map<String, String> post = WebClient.ajaxAction("failedForm:save", "failedForm", "failedForm payouts preview messages");
        post.put("failedForm", "failedForm");
        post.put("failedForm:reason", reason);
        return post;
    }

    @Test
    void aPartnerCannotOpenTheOperatorsEarningsPages() {
        WebClient cara = signedIn("cara.bright@brightpath.example");
        assertEquals(403, cara.get(COMMISSIONS).status());
        assertEquals(403, cara.get("admin/payouts.xhtml").status());
    }
}
