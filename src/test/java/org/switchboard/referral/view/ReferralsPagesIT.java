package org.switchboard.referral.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Referrals over HTTP, each test with portals, partners and an operator of its own: partners submit
 * leads, conflicts are flagged with the reason, and the operator wins one, which makes the client
 * for the referring portal. Also the operator's plan catalogue.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralsPagesIT {

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    /** A new admin of the portal, signed in. */
    private WebClient adminOf(Portal portal, String firstName, String lastName) {
        return fixtures().signedIn(deployment, fixtures().portalAdmin(portal, firstName, lastName));
    }

    private WebClient operator() {
        return fixtures().signedIn(deployment, fixtures().operator("Oona", "Desk"));
    }

    private String scalar(String jpql) {
        return fixtures().scalar(jpql);
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

    /**
     * Story: a partner submits companies to learn which are another partner's referrals (and since
     * when) or someone's clients. The later partner is told only that the team checks; the
     * operator's desk keeps the detail.
     */
    @Test
    void theFirstPartnerToReferACompanyGetsItAndTheOthersLearnNothingOfAnotherPortalsReferralOrClient() {
        String company = TestData.unique("Referred Robotics");
        String contact = TestData.unique("rita") + "@test.example";
        Portal referring = fixtures().portal(PortalKind.CHANNEL_PARTNER, "Referring Partners");
        Portal later = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Later Bureau");
        String existingClient = fixtures().client(later, "Corner Bakery").name();
        WebClient first = adminOf(referring, "Rhea", "Referrer");
        assertTrue(submit(first, company, contact).contains("is submitted"));
        WebClient second = adminOf(later, "Seth", "Second");
        Page again = submit(second, "  " + company.toUpperCase() + " ", contact);
        String neutral = "Our team checks this referral against earlier ones and existing clients.";
        assertTrue(again.contains(neutral), again.body());
        assertFalse(again.contains("Another partner") || again.contains("referred this company"), "no other portal's referral told");
        Page clientsName = submit(second, existingClient, contact);
        assertTrue(clientsName.contains(neutral) && !clientsName.contains("a client already"),
                "nor that a company is someone's client");
        assertFalse(second.open("portal/referrals.xhtml").contains("Another partner referred"), "nor in the list");

        WebClient ops = operator();
        Page desk = ops.open("admin/referrals.xhtml");
        assertTrue(desk.contains(company));
        assertTrue(desk.contains("Another partner referred this company first"), "the desk keeps the detail");
        String id = scalar("select r.id from Referral r where r.company = '" + company + "'");
        Matcher row = Pattern.compile("desk:table:(\\d+):win").matcher(desk.body().substring(desk.body().indexOf(company)));
        assertTrue(row.find());
        Map<String, String> win = WebClient.ajaxAction("desk:table:" + row.group(1) + ":win", "desk:table:" + row.group(1) + ":win", "desk messages");
        win.put("desk", "desk");
        assertTrue(ops.ajax("admin/referrals.xhtml", desk, win).contains("Won"));

        assertEquals("WON", scalar("select r.status from Referral r where r.id = " + id));
        String client = scalar("select r.clientId from Referral r where r.id = " + id);
        assertEquals(String.valueOf(referring.id()),
                scalar("select c.portal.id from ClientAccount c where c.id = " + client), "the referring portal manages it");
        assertEquals("TRIAL", scalar("select c.status from ClientAccount c where c.id = " + client));
        assertEquals("LOST", scalar("select r.status from Referral r where r.companyKey = '" + company.toLowerCase()
                + "' and r.portalId = " + later.id()), "the later referral of the same company is lost");
        assertTrue(first.open("portal/accounts.xhtml?q=" + company.substring(0, 8)).contains(company),
                "the won client is on the partner's Accounts page");
        Page secondsList = second.open("portal/referrals.xhtml");
        assertTrue(secondsList.contains("Another partner&#39;s referral of this company was won.")
                || secondsList.contains("Another partner's referral of this company was won."), "and the other partner sees why");
    }

    @Test
    void badReferralsAreRefusedWithAMessage() {
        WebClient partner = adminOf(fixtures().portal(PortalKind.CHANNEL_PARTNER, "Careless Partners"), "Cody", "Careless");
        String company = TestData.unique("Bad Input Inc");
        assertTrue(submit(partner, company, "not-an-address").contains("Enter a valid e-mail address."));
        assertTrue(submit(partner, "", "ok@test.example").contains("Enter the company."));
        assertEquals("0", scalar("select count(r) from Referral r where r.company = '" + company + "'"));
    }

    @Test
    void theOperatorAddsAPlanAndAPartnerUserCannotOpenTheDesk() {
        WebClient ops = operator();
        Page plans = ops.open("admin/plans.xhtml");
        Map<String, String> add = WebClient.ajaxAction("planForm:save", "planForm", "planForm plans messages");
        add.put("planForm", "planForm");
        String code = "team-" + TestData.unique("x").substring(2, 8).toLowerCase();
        add.put("planForm:code", code);
        add.put("planForm:name", "Team");
        add.put("planForm:monthly_input", "11.50");
        add.put("planForm:monthly_hinput", "11.50");
        add.put("planForm:annual_input", "115.00");
        add.put("planForm:annual_hinput", "115.00");
        add.put("planForm:currency", "EUR");
        add.put("planForm:trialDays_input", "21");
        add.put("planForm:trialDays_hinput", "21");
        add.put("planForm:active_input", "on");
        Page saved = ops.ajax("admin/plans.xhtml", plans, add);
        assertTrue(saved.contains("Saved Team"), saved.body());
        // Other tests may add a plan called Team too: this one is found by its code.
        assertEquals("11.50", scalar("select p.monthlySeatPrice from Plan p where p.code = '" + code + "'"));

        add.put("planForm:code", "Bad Code!");
        add.put("planForm:trialDays_input", "400");
        add.put("planForm:trialDays_hinput", "400");
        assertTrue(ops.ajax("admin/plans.xhtml", plans, add).contains("A code is 2 to 64"));

        Fixtures fixtures = fixtures();
        WebClient partnerUser = fixtures.signedIn(deployment,
                fixtures.partnerUser(fixtures.portal(PortalKind.SERVICE_PROVIDER, "Curious Bureau"), "Paz", "Partner"));
        assertEquals(403, partnerUser.get("admin/referrals.xhtml").status());
        assertEquals(403, partnerUser.get("admin/plans.xhtml").status());
    }
}
