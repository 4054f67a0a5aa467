package org.switchboard.billing.view;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's New subscription and Start a trial pages over HTTP, and the subscription actions of
 * the client details page: a re-posted form makes one client, bad input makes none.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisioningPagesIT {

    private static final Pattern CLIENT_ID = Pattern.compile("account\\.xhtml\\?id=(\\d+)");

    @ArquillianResource
    URL deployment;

    /**
     * The admin of a portal of this test's own: clients made here must not change the demo portals
     * that other test classes count, when they share one PostgreSQL database.
     */
    private WebClient sam() {
        String admin = java.util.Arrays.stream(new WebClient(deployment).support("world").split("\n"))
                .filter(line -> line.startsWith("portalAdmin=")).findFirst().orElseThrow().substring("portalAdmin=".length());
        WebClient partner = new WebClient(deployment);
        assertEquals(302, partner.login(admin, TestData.PASSWORD).status());
        return partner;
    }

    private String scalar(String jpql) {
        return new WebClient(deployment).support("scalar", "jpql", jpql);
    }

    private static Map<String, String> form(String company, String plan, String seats) {
        Map<String, String> post = WebClient.ajaxAction("newAccount:create", "newAccount", "newAccount messages");
        post.put("newAccount", "newAccount");
        post.put("newAccount:companyName", company);
        post.put("newAccount:country_input", "IE");
        post.put("newAccount:currency_input", "EUR");
        post.put("newAccount:adminFirstName", "Ada");
        post.put("newAccount:adminLastName", "Admin");
        post.put("newAccount:adminEmail", TestData.unique("ada") + "@test.example");
        post.put("newAccount:plan", plan);
        post.put("newAccount:seats_input", seats);
        post.put("newAccount:seats_hinput", seats);
        post.put("newAccount:billing_input", "MONTHLY");
        return post;
    }

    private String clientsNamed(String name) {
        return scalar("select count(c) from ClientAccount c where c.name = '" + name + "'");
    }

    @Test
    void aDoublePostedNewSubscriptionMakesOneClientOneSubscriptionAndOneSale() {
        WebClient sam = sam();
        Page page = sam.open("portal/new-account.xhtml?kind=subscription");
        assertTrue(page.contains("New subscription"));
        String company = TestData.unique("Double Click Ltd");
        Map<String, String> post = form(company, "growth", "4");
        post.put("newAccount:key", keyOf(page));
        Page first = sam.ajax("portal/new-account.xhtml?kind=subscription", page, post);
        Page second = sam.ajax("portal/new-account.xhtml?kind=subscription", page, post);

        Matcher one = CLIENT_ID.matcher(first.body());
        Matcher two = CLIENT_ID.matcher(second.body());
        assertTrue(one.find() && two.find(), first.body());
        assertEquals(one.group(1), two.group(1), "both posts lead to the same client");
        assertEquals("1", clientsNamed(company));
        assertEquals("1", scalar("select count(s) from Sale s where s.clientId = " + one.group(1)));
        Page details = sam.open("portal/account.xhtml?id=" + one.group(1));
        assertTrue(details.contains("EUR 36.00"), "the NEW sale of 4 seats at 9.00 is on the details page");
        assertTrue(details.contains("The account is subscribed"));
    }

    private static String keyOf(Page page) {
        Matcher key = Pattern.compile("name=\"newAccount:key\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(key.find(), "the form carries its idempotency key");
        return key.group(1);
    }

    @Test
    void badInputIsRefusedWithAMessageAndMakesNothing() {
        WebClient sam = sam();
        Page page = sam.open("portal/new-account.xhtml?kind=subscription");
        String company = TestData.unique("Nothing Made");
        Map<String, String> zeroSeats = form(company, "growth", "0");
        zeroSeats.put("newAccount:key", keyOf(page));
        assertTrue(sam.ajax("portal/new-account.xhtml?kind=subscription", page, zeroSeats).contains("At least one seat."));
        // (A 500-character name cannot even be posted: the field keeps 200; BillingIT refuses it at the service.)
        Map<String, String> unknownPlan = form(company, "platinum", "3");
        unknownPlan.put("newAccount:key", keyOf(page));
        Page refused = sam.ajax("portal/new-account.xhtml?kind=subscription", page, unknownPlan);
        assertFalse(refused.contains("<redirect"), refused.body());
        assertEquals("0", clientsNamed(company));

        Page trial = sam.open("portal/new-account.xhtml?kind=trial");
        assertFalse(trial.contains("value=\"pro\""), "a plan without trials is not offered for a trial");
        Map<String, String> proTrial = form(company, "pro", "3");
        proTrial.put("newAccount:key", keyOf(trial));
        assertFalse(sam.ajax("portal/new-account.xhtml?kind=trial", trial, proTrial).contains("<redirect"),
                "nor accepted when posted");
        assertEquals("0", clientsNamed(company));
    }

    @Test
    void aTrialStartsAndIsConvertedFromTheDetailsPage() {
        WebClient sam = sam();
        Page page = sam.open("portal/new-account.xhtml?kind=trial");
        String company = TestData.unique("Trial Shop");
        Map<String, String> post = form(company, "starter", "3");
        post.put("newAccount:key", keyOf(page));
        Matcher made = CLIENT_ID.matcher(sam.ajax("portal/new-account.xhtml?kind=trial", page, post).body());
        assertTrue(made.find());
        String id = made.group(1);
        Page details = sam.open("portal/account.xhtml?id=" + id);
        assertTrue(details.contains("Trial"), "on trial");
        assertTrue(details.contains("Convert to a subscription"));

        String path = "portal/account.xhtml?id=" + id;
        Map<String, String> open = WebClient.ajaxAction("subscriptionActions:change", "subscriptionActions:change", "changeForm");
        open.put("subscriptionActions", "subscriptionActions");
        sam.ajax(path, details, open);
        Map<String, String> convert = WebClient.ajaxAction("changeForm:convert", "changeForm", "changeForm");
        convert.put("changeForm", "changeForm");
        convert.put("changeForm:plan_input", "starter");
        convert.put("changeForm:seats_input", "5");
        convert.put("changeForm:seats_hinput", "5");
        convert.put("changeForm:billing_input", "ANNUAL");
        Page converted = sam.ajax(path, details, convert);
        assertTrue(converted.contains("<redirect"), converted.body());
        Page after = sam.open(path);
        assertTrue(after.contains("The trial is now a subscription."));
        assertTrue(after.contains("EUR 300.00"), "5 seats at 60.00 a year");
        assertEquals("ACTIVE", scalar("select c.status from ClientAccount c where c.id = " + id));
    }
}
