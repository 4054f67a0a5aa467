package org.switchboard.earnings.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.web.EarningsFixtures;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

// Over 300 lines: every operator earnings page (plans, rates, preview, runs, settling) over HTTP, sharing its form helpers.
/**
 * The operator's Commissions and Payouts pages over HTTP, each test with an operator and channel
 * partners of its own: plan versions and exchange rates refuse bad input with a message and save
 * nothing, the preview shows what a run would pay, a payout is settled once, and only operators
 * open the pages. The payout periods of 2023 are this class's own: no other test has earnings
 * there, or runs one of them, on the shared database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarningsAdminPagesIT {

    private static final String COMMISSIONS = "admin/commissions.xhtml";

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    private EarningsFixtures money() {
        return new EarningsFixtures(deployment);
    }

    /** A new platform operator, signed in. */
    private WebClient operator() {
        return fixtures().signedIn(deployment, fixtures().operator("Oskar", "Ops"));
    }

    private String scalar(String jpql) {
        return fixtures().scalar(jpql).strip();
    }

    /**
     * A channel partner with one paying client that bought for 500.00 on the day, earning 100.00
     * payable at once (no hold; the threshold is 50.00).
     */
    private Portal partnerWithASale(String name, LocalDate day) {
        Portal partner = money().channelPartner(name, LocalDate.of(2023, 1, 1), 0, "50.00");
        Client client = money().payingClient(partner, "Client of " + name);
        money().sale(partner, client, SaleType.NEW, "500.00", day);
        return partner;
    }

    private String versions(Portal portal) {
        return scalar("select count(c) from CommissionPlan c where c.portalId = " + portal.id());
    }

    /**
     * Types the portal's name into the Commissions page's search box: the page lists the channel
     * portals 25 at a time, and other tests make many, so the search brings this one to the table.
     */
    private static Page search(WebClient operator, Page page, Portal portal) {
        Map<String, String> post = WebClient.ajaxAction("portals:q", "portals:q", "portals:table");
        post.put("jakarta.faces.behavior.event", "keyup");
        post.put("jakarta.faces.partial.event", "keyup");
        post.put("portals", "portals");
        post.put("portals:q", portal.name());
        return operator.ajax(COMMISSIONS, page, post);
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
        Portal partner = money().channelPartner("Commission Partners", LocalDate.of(2023, 1, 1), 30, "100.00");
        WebClient ops = operator();
        Page page = ops.open(COMMISSIONS);
        Page found = search(ops, page, partner);
        assertTrue(found.contains(partner.name()), found.body());
        assertTrue(found.contains("20.00 % / 10.00 % / 20.00 %"), "the plan in force today");
        String row = rowAfter(found, partner.name(), "portals", "newVersion");
        String button = "portals:table:" + row + ":newVersion";
        Map<String, String> open = WebClient.ajaxAction(button, button, "history versionForm");
        open.put("portals", "portals");
        assertTrue(ops.ajax(COMMISSIONS, page, open).contains("PF('version').show()"));

        String before = versions(partner);
        // A year ahead: a version still to come.
        String from = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
        assertTrue(ops.ajax(COMMISSIONS, page, version(from, "150", "100.00", "50: 5")).contains("A rate lies between 0 and 100 %."));
        assertTrue(ops.ajax(COMMISSIONS, page, version(from, "-1", "100.00", "50: 5")).contains("A rate lies between 0 and 100 %."));
        assertTrue(ops.ajax(COMMISSIONS, page, version(from, "15", "-5.00", "50: 5")).contains("The threshold cannot be negative."));
        assertTrue(ops.ajax(COMMISSIONS, page, version(from, "15", "100.00", "fifty: five")).contains("Write each tier as"));
        assertTrue(ops.ajax(COMMISSIONS, page, version("2020-01-01", "15", "100.00", "50: 5"))
                .contains("A plan applies from today on at the earliest"));
        assertEquals(before, versions(partner), "nothing was saved");

        Page saved = ops.ajax(COMMISSIONS, page, version(from, "17.50", "120.00", "50: 5\n100: 7.5"));
        assertTrue(saved.contains("Saved the plan of " + partner.name() + " from " + from), saved.body());
        assertEquals(String.valueOf(Long.parseLong(before) + 1), versions(partner));
        assertTrue(saved.contains("(to come)"), "the new version is in the history, as one to come");
        assertTrue(saved.contains("17.50 % / 17.50 % / 17.50 %"));
        Page today = search(ops, ops.open(COMMISSIONS), partner);
        assertTrue(today.contains("20.00 % / 10.00 % / 20.00 %") && !today.contains("17.50 %"), "today's plan is unchanged");
    }

    @Test
    void anExchangeRateWithBadInputIsRefusedWithAMessage() {
        Person entering = fixtures().operator("Oskar", "Rates");
        WebClient ops = fixtures().signedIn(deployment, entering);
        Page page = ops.open(COMMISSIONS);
        assertTrue(page.contains("Held sales"));
        // Other tests add rates too: count the ones this operator entered.
        String saved = "select count(r) from ExchangeRate r where r.createdBy = " + entering.id();
        String before = scalar(saved);
        assertTrue(ops.ajax(COMMISSIONS, page, rate("USD", "EUR", "0")).contains("A rate is greater than zero."));
        assertTrue(ops.ajax(COMMISSIONS, page, rate("EUR", "eur", "1.1")).contains("Choose two different currencies."));
        assertTrue(ops.ajax(COMMISSIONS, page, rate("EUR", "XYZ", "1.1")).contains("XYZ is not a currency code."));
        assertEquals(before, scalar(saved));
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
        String period = "2023-01";
        String id = String.valueOf(money().paidOut(partnerWithASale("Settled Partners", LocalDate.of(2023, 1, 10)), period));
        assertEquals("ISSUED", scalar("select p.status from Payout p where p.id = " + id), "the run issued the payout");
        String path = "admin/payouts.xhtml?period=" + period;
        WebClient ops = operator();
        Page page = ops.open(path);
        assertTrue(page.contains("Payouts of " + period));
        String row = rowAfter(page, ">" + id + "</td>", "payouts", "paid");
        String button = "payouts:table:" + row + ":paid";
        Map<String, String> open = WebClient.ajaxAction(button, button, "paidForm");
        open.put("payouts", "payouts");
        assertTrue(ops.ajax(path, page, open).contains("PF('paid').show()"));

        assertTrue(ops.ajax(path, page, paid("")).body().matches("(?s).*Enter the payment(&#39;|')s reference.*"));
        assertEquals("ISSUED", scalar("select p.status from Payout p where p.id = " + id));
        String reference = TestData.unique("TRF");
        assertTrue(ops.ajax(path, page, paid(reference)).contains("is marked paid"));
        Page again = ops.ajax(path, page, paid("TRF-SECOND"));
        assertTrue(again.contains("is paid already; nothing was changed."), again.body());
        assertEquals("PAID", scalar("select p.status from Payout p where p.id = " + id));
        assertEquals(reference, scalar("select p.reference from Payout p where p.id = " + id));
        assertFalse(ops.open(path).contains(button), "a paid payout offers no Mark paid");
    }

    private static Map<String, String> paid(String reference) {
        Map<String, String> post = WebClient.ajaxAction("paidForm:save", "paidForm", "paidForm payouts messages");
        post.put("paidForm", "paidForm");
        post.put("paidForm:reference", reference);
        return post;
    }

    @Test
    void thePreviewShowsWhatEachPortalWouldBePaidAndWhy() {
        // The preview lists portals by name, 25 to a page: "Aardvark" puts this one on the first.
        Portal partner = money().channelPartner("Aardvark Partners", LocalDate.of(2023, 1, 1), 30, "100.00");
        Client client = money().payingClient(partner, "Aardvark Client");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // 120.00 and 30.00, both past their 30 days' hold before this month's cut-off, whether or not
        // the hourly release has made them available yet.
        money().sale(partner, client, SaleType.NEW, "600.00", today.minusDays(40));
        money().sale(partner, client, SaleType.RENEWAL, "300.00", today.minusDays(35));
        WebClient ops = operator();
        // This month has not ended: its preview shows the partner's pending and available earnings.
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        Page preview = ops.open("admin/payouts.xhtml?period=" + month);
        assertTrue(preview.contains("Preview of " + month), preview.body());
        assertTrue(preview.contains("portals to pay"));
        String table = preview.body().substring(preview.body().indexOf("id=\"preview:table\""));
        assertTrue(table.contains(partner.name()), "the partner has a row");
        String line = table.substring(table.indexOf(partner.name()));
        line = line.substring(0, line.indexOf("</tr>"));
        assertTrue(line.contains("EUR 150.00"), "both earnings: " + line);
        // The data decides the reason: 150.00 reaches the threshold of 100.00, so it is paid, not carried forward.
        assertTrue(line.contains("Pays the available balance"), "with the reason: " + line);
        assertFalse(line.contains("carried forward"), "and not the opposite one: " + line);
        assertTrue(ops.open("admin/payouts.xhtml?period=May+2026").contains("Enter a month as year-month"));
    }

    @Test
    void aRunIsRefusedWithTheReasonForAPeriodNotEndedOrDoneAlready() {
        WebClient ops = operator();
        String thisMonth = YearMonth.now(ZoneOffset.UTC).toString();
        assertTrue(start(ops, thisMonth).contains("has not ended yet"));
        String done = "2023-02";
        money().paidOut(partnerWithASale("Early Partners", LocalDate.of(2023, 2, 10)), done);
        String runsOfPeriod = "select count(r) from PayoutRun r where r.period = '" + done + "'";
        String runs = scalar(runsOfPeriod);
        Page again = start(ops, done);
        assertTrue(again.contains("has been done already"), done + " was run: " + again.body());
        assertEquals(runs, scalar(runsOfPeriod), "no run was claimed");
        assertEquals("COMPLETED", scalar("select r.status from PayoutRun r where r.period = '" + done + "'"));
        assertTrue(ops.open("admin/payouts.xhtml?period=" + done).contains("status-COMPLETED"), "runs are listed");
    }

    private static Page start(WebClient ops, String period) {
        String path = "admin/payouts.xhtml?period=" + period;
        Page page = ops.open(path);
        Map<String, String> post = WebClient.ajaxAction("choose:start", "choose:start", "runs payouts messages");
        post.put("choose", "choose");
        return ops.ajax(path, page, post);
    }

    @Test
    void aRunStartedFromThePagePaysAndAFailedPayoutReturnsItsEarningsToTheBalance() throws InterruptedException {
        // 2023 is this class's own: no other test has earnings there on the shared database.
        String portalId = String.valueOf(partnerWithASale("Running Partners", LocalDate.of(2023, 3, 10)).id());
        WebClient ops = operator();
        assertTrue(start(ops, "2023-03").contains("has started"));
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
        Page page = ops.open(path);
        assertTrue(page.contains("status-COMPLETED"));
        String row = rowAfter(page, ">" + payout + "</td>", "payouts", "failed");
        String button = "payouts:table:" + row + ":failed";
        Map<String, String> open = WebClient.ajaxAction(button, button, "failedForm");
        open.put("payouts", "payouts");
        assertTrue(ops.ajax(path, page, open).contains("PF('failed').show()"));
        assertTrue(ops.ajax(path, page, failed("")).contains("Say why the payment failed"));
        assertEquals("ISSUED", scalar("select p.status from Payout p where p.id = " + payout));

        Page done = ops.ajax(path, page, failed("Account closed"));
        assertTrue(done.contains("are back in the balance"), done.body());
        assertEquals("FAILED", scalar("select p.status from Payout p where p.id = " + payout));
        assertEquals("AVAILABLE", scalar("select e.status from Earning e where e.portalId = " + portalId));
        assertEquals("null", scalar("select e.payoutId from Earning e where e.portalId = " + portalId));
        assertTrue(ops.ajax(path, page, failed("Again")).contains("is failed already; nothing was changed."));
    }

    private static Map<String, String> failed(String reason) {
        Map<String, String> post = WebClient.ajaxAction("failedForm:save", "failedForm", "failedForm payouts preview messages");
        post.put("failedForm", "failedForm");
        post.put("failedForm:reason", reason);
        return post;
    }

    @Test
    void aPartnerCannotOpenTheOperatorsEarningsPages() {
        Fixtures fixtures = fixtures();
        Person admin = fixtures.portalAdmin(fixtures.portal(PortalKind.CHANNEL_PARTNER, "Curious Partners"), "Carl", "Curious");
        WebClient partner = fixtures.signedIn(deployment, admin);
        assertEquals(403, partner.get(COMMISSIONS).status());
        assertEquals(403, partner.get("admin/payouts.xhtml").status());
    }
}
