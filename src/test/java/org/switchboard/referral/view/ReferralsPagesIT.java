package org.switchboard.referral.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Referrals over HTTP with the demo data: partners submit leads, conflicts are flagged with the
 * reason, and the operator wins one, which makes the client for the referring portal. Also the
 * operator's plan catalogue.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralsPagesIT {

    private static final String PASSWORD = "switchboard-demo";

    @ArquillianResource
    URL deployment;

    private WebClient signedIn(String email) {
        WebClient browser = new WebClient(deployment);
        assertEquals(302, browser.login(email, PASSWORD).status(), email);
        return browser;
    }

    private String scalar(String jpql) {
        return new WebClient(deployment).support("scalar", "jpql", jpql);
    }

    private static Page submit(WebClient partner, String company, String email) {
        Page page = partner.open("portal/referrals.xhtml");
        Map<String, String> post = WebClient.ajaxAction("referral:submit", "referral", "referral list messages");
        post.put("referral", "referral");
        post.put("referral:company", company);
        post.put("referral:contactName", "Rita Ferral");
        post.put("referral:contactEmail", email);
        post.put("referral:notes", "Met at the payroll fair");
        return partner.ajax("portal/referrals.xhtml", page, post);
    }

    @Test
    void theFirstPartnerToReferACompanyGetsItAndTheOthersSeeWhy() {
        String company = TestData.unique("Referred Robotics");
        String contact = TestData.unique("rita") + "@test.example";
        WebClient cara = signedIn("cara.bright@brightpath.example");
        assertTrue(submit(cara, company, contact).contains("is submitted"));
        WebClient sam = signedIn("sam.north@northwind.example");
        Page second = submit(sam, "  " + company.toUpperCase() + " ", contact);
        assertTrue(second.contains("Another partner referred this company first"), second.body());
        assertTrue(submit(sam, "Harbour Café", contact).contains("a client already"), "a company that is a client");

        WebClient olivia = signedIn("olivia.ops@switchboard.example");
        Page desk = olivia.open("admin/referrals.xhtml");
        assertTrue(desk.contains(company));
        String id = scalar("select r.id from Referral r where r.company = '" + company + "'");
        Matcher row = Pattern.compile("desk:table:(\\d+):win").matcher(desk.body().substring(desk.body().indexOf(company)));
        assertTrue(row.find());
        Map<String, String> win = WebClient.ajaxAction("desk:table:" + row.group(1) + ":win", "desk:table:" + row.group(1) + ":win", "desk messages");
        win.put("desk", "desk");
        assertTrue(olivia.ajax("admin/referrals.xhtml", desk, win).contains("Won"));

        assertEquals("WON", scalar("select r.status from Referral r where r.id = " + id));
        String client = scalar("select r.clientId from Referral r where r.id = " + id);
        assertEquals(scalar("select p.id from Portal p where p.name = 'Brightpath Partners'"),
                scalar("select c.portal.id from ClientAccount c where c.id = " + client), "the referring portal manages it");
        assertEquals("TRIAL", scalar("select c.status from ClientAccount c where c.id = " + client));
        assertEquals("LOST", scalar("select r.status from Referral r where r.companyKey = '" + company.toLowerCase()
                + "' and r.portalId <> (select p.id from Portal p where p.name = 'Brightpath Partners')"),
                "the later referral of the same company is lost");
        assertTrue(cara.open("portal/accounts.xhtml?q=" + company.substring(0, 8)).contains(company),
                "the won client is on the partner's Accounts page");
        Page samsList = sam.open("portal/referrals.xhtml");
        assertTrue(samsList.contains("Another partner&#39;s referral of this company was won.")
                || samsList.contains("Another partner's referral of this company was won."), "and the other partner sees why");
    }

    @Test
    void badReferralsAreRefusedWithAMessage() {
        WebClient cara = signedIn("cara.bright@brightpath.example");
        String company = TestData.unique("Bad Input Inc");
        assertTrue(submit(cara, company, "not-an-address").contains("Enter a valid e-mail address."));
        assertTrue(submit(cara, "", "ok@test.example").contains("Enter the company."));
        assertEquals("0", scalar("select count(r) from Referral r where r.company = '" + company + "'"));
    }

    @Test
    void theOperatorAddsAPlanAndAPartnerUserCannotOpenTheDesk() {
        WebClient olivia = signedIn("olivia.ops@switchboard.example");
        Page plans = olivia.open("admin/plans.xhtml");
        Map<String, String> add = WebClient.ajaxAction("planForm:save", "planForm", "planForm plans messages");
        add.put("planForm", "planForm");
        add.put("planForm:code", "team-" + TestData.unique("x").substring(2, 8).toLowerCase());
        add.put("planForm:name", "Team");
        add.put("planForm:monthly_input", "11.50");
        add.put("planForm:monthly_hinput", "11.50");
        add.put("planForm:annual_input", "115.00");
        add.put("planForm:annual_hinput", "115.00");
        add.put("planForm:currency", "EUR");
        add.put("planForm:trialDays_input", "21");
        add.put("planForm:trialDays_hinput", "21");
        add.put("planForm:active_input", "on");
        Page saved = olivia.ajax("admin/plans.xhtml", plans, add);
        assertTrue(saved.contains("Saved Team"), saved.body());
        assertEquals("11.50", scalar("select p.monthlySeatPrice from Plan p where p.name = 'Team'"));

        add.put("planForm:code", "Bad Code!");
        add.put("planForm:trialDays_input", "400");
        add.put("planForm:trialDays_hinput", "400");
        assertTrue(olivia.ajax("admin/plans.xhtml", plans, add).contains("A code is 2 to 64"));

        WebClient pat = signedIn("pat.lee@northwind.example");
        assertEquals(403, pat.get("admin/referrals.xhtml").status());
        assertEquals(403, pat.get("admin/plans.xhtml").status());
    }
}
