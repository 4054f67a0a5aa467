package org.switchboard.access.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign in as Me and Sign in as User over HTTP with the demo data: the POSTs that start and end a
 * visit, the session id they renew, the banner, consent shown and enforced, and the histories.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerAccessPagesIT {

    private static final String PASSWORD = "switchboard-demo";

    @ArquillianResource
    URL deployment;

    private WebClient signedIn(String email) {
        WebClient browser = new WebClient(deployment);
        assertEquals(302, browser.login(email, PASSWORD).status(), "login of " + email);
        return browser;
    }

    private static Page signInAsMe(WebClient browser, String search) {
        String accounts = "portal/accounts.xhtml?q=" + search;
        return browser.submit(accounts, browser.open(accounts), "accounts", Map.of(), "table:0:sign-in-as-me");
    }

    private static Map<String, String> ajaxOf(String source, String execute, String render) {
        return WebClient.ajaxAction(source, execute, render);
    }

    @Test
    void signInAsMeRenewsTheSessionShowsTheBannerAndBackToPortalReturnsWhereYouLeft() {
        WebClient sam = signedIn("sam.north@northwind.example");
        String before = sam.sessionId().orElseThrow();

        Page entered = signInAsMe(sam, "Summit");
        assertTrue(entered.isRedirectTo("client/dashboard.xhtml"), entered.status() + " " + entered.location());
        String during = sam.sessionId().orElseThrow();
        assertNotEquals(before, during, "a new visit gets a new session id");

        Page dashboard = sam.get("client/dashboard.xhtml");
        assertEquals(200, dashboard.status());
        assertTrue(dashboard.contains("id=\"visit-client\">Summit Builders"), "the banner names the client");
        assertTrue(dashboard.contains("as yourself"));
        assertTrue(dashboard.contains("Sam North &lt;sam.north@northwind.example&gt;"), "who you really are");
        assertTrue(dashboard.contains("Northwind Payroll Bureau"), "from which portal");
        assertTrue(dashboard.contains("Visit ends in 30 min"), "the time left");
        assertTrue(sam.get("portal/welcome.xhtml").contains("Your visit is open in"), "the banner follows to the portal");

        Page back = sam.submit("client/dashboard.xhtml", dashboard, "visitBanner", Map.of(), "back-to-portal");
        assertTrue(back.isRedirectTo("portal/accounts.xhtml"), back.location());
        assertTrue(back.location().contains("q=Summit"), "back where you left the Accounts page: " + back.location());
        assertNotEquals(during, sam.sessionId().orElseThrow(), "ending the visit renews the session id too");
        Page after = sam.get("client/dashboard.xhtml");
        assertFalse(after.contains("Summit Builders"), "the client is left; Sam is in his own Harbour Café again");
        assertFalse(after.contains("Back to portal"));
    }

    @Test
    void aGetNeverStartsAVisit() {
        WebClient pat = signedIn("pat.lee@northwind.example");
        assertEquals(404, pat.get("client/dashboard.xhtml").status(), "Pat has no client of her own");
        pat.open("portal/accounts.xhtml?q=Harbour");
        assertEquals(404, pat.get("client/dashboard.xhtml").status(), "opening the Accounts page enters nothing");
    }

    @Test
    void withoutConsentTheActionsAreDisabledWithTheReasonAndAPostIsRefused() {
        WebClient sam = signedIn("sam.north@northwind.example");
        Page accounts = sam.open("portal/accounts.xhtml?q=Kestrel");
        assertTrue(accounts.contains("Partner login not allowed by the client"));
        assertTrue(accounts.body().matches("(?s).*id=\"accounts:table:0:sign-in-as-me\"[^>]*disabled.*"),
                "Sign in as Me is disabled");
        Page forced = sam.submit("portal/accounts.xhtml?q=Kestrel", accounts, "accounts", Map.of(), "table:0:sign-in-as-me");
        assertFalse(forced.isRedirectTo("client/dashboard.xhtml"), "a forced post enters nothing");
        assertFalse(sam.get("portal/accounts.xhtml").contains("Back to portal"));
    }

    @Test
    void signInAsUserWorksAsThatUserAndTheClientSeesIt() {
        WebClient sam = signedIn("sam.north@northwind.example");
        String accountsPath = "portal/accounts.xhtml?q=Harbour";
        Page accounts = sam.open(accountsPath);
        Map<String, String> pick = ajaxOf("accounts:table:0:sign-in-as-user", "accounts:table:0:sign-in-as-user",
                "signInAsUserForm");
        pick.put("accounts", "accounts");
        Page picker = sam.ajax(accountsPath, accounts, pick);
        assertTrue(picker.contains("Alex Harbour"), "the picker lists the client's users");
        assertTrue(picker.contains("This is you"), "and says why Sam cannot pick himself");

        String alex = new WebClient(deployment).support("scalar", "jpql",
                "select u.id from User u where u.email = 'alex.harbour@harbourcafe.example'");
        Map<String, String> start = ajaxOf("signInAsUserForm:start", "signInAsUserForm", "signInAsUserForm messages");
        start.put("signInAsUserForm", "signInAsUserForm");
        start.put("signInAsUserForm:user_input", alex);
        start.put("signInAsUserForm:reason", "");
        assertFalse(sam.ajax(accountsPath, accounts, start).contains("<redirect"), "no reason, no visit");

        start.put("signInAsUserForm:reason", "Ticket 2291: cannot close a job");
        Page entered = sam.ajax(accountsPath, accounts, start);
        assertTrue(entered.contains("<redirect") && entered.contains("client/dashboard.xhtml"), entered.body());
        Page dashboard = sam.get("client/dashboard.xhtml");
        assertTrue(dashboard.contains("Alex Harbour &lt;alex.harbour@harbourcafe.example&gt;"), "acting as Alex");
        assertTrue(dashboard.contains("nav-settings"), "with Alex's admin menu");
        Page settings = sam.get("client/settings.xhtml");
        assertEquals(200, settings.status());
        assertTrue(settings.contains("cannot be changed during a partner visit"), "but not partner access");
        assertFalse(settings.contains("partnerAccess:save"));
        sam.submit("client/dashboard.xhtml", dashboard, "visitBanner", Map.of(), "back-to-portal");

        Page history = signedIn("alex.harbour@harbourcafe.example").get("client/settings.xhtml");
        assertTrue(history.contains("Ticket 2291: cannot close a job"), "the client admin sees the reason");
        assertTrue(history.contains("sam.north@northwind.example"), "and who it was");
        assertTrue(history.contains("Back to portal"), "and how it ended");
        Page portalHistory = sam.get("portal/access-history.xhtml");
        assertTrue(portalHistory.contains("Ticket 2291: cannot close a job"), "the portal admin sees it too");
    }

    @Test
    void aRestrictedPartnerEntersButNeverOpensSettings() {
        WebClient pat = signedIn("pat.lee@northwind.example");
        assertTrue(signInAsMe(pat, "Maple").isRedirectTo("client/dashboard.xhtml"));
        Page dashboard = pat.get("client/dashboard.xhtml");
        assertTrue(dashboard.contains("Maple Dental"));
        assertFalse(dashboard.contains("nav-settings"), "no Settings in the menu");
        assertEquals(403, pat.get("client/settings.xhtml").status(), "nor by URL");
        assertEquals(403, pat.get("portal/access-history.xhtml").status(), "a partner user sees no portal history");
    }

    @Test
    void theClientAdminCapsPartnersAndTheCapAppliesAtOnce() {
        WebClient sam = signedIn("sam.north@northwind.example");
        assertTrue(signInAsMe(sam, "Maple").isRedirectTo("client/dashboard.xhtml"));
        Page jobs = sam.get("client/jobs.xhtml");
        assertTrue(jobs.contains("New job"), "Maple Dental lets partners in as recruiters");
        assertFalse(sam.get("client/dashboard.xhtml").contains("nav-settings"), "not as admins");
        assertEquals(403, sam.get("client/settings.xhtml").status());
    }

    @Test
    void logoutEndsTheVisit() {
        WebClient sam = signedIn("sam.north@northwind.example");
        assertTrue(signInAsMe(sam, "Orchard").isRedirectTo("client/dashboard.xhtml"));
        Page dashboard = sam.get("client/dashboard.xhtml");
        sam.submit("client/dashboard.xhtml", dashboard, "topbar", Map.of(), "logout");
        assertEquals("1", new WebClient(deployment).support("scalar", "jpql",
                "select count(s) from AccessSession s join ClientAccount c on c.id = s.clientId "
                        + "where c.name = 'Orchard Florists' and s.endReason = org.switchboard.access.entity.EndReason.LOGOUT"));
    }

    @Test
    void anOperatorTurnsPartnerLoginOnOnlyByRecordingWrittenConsent() {
        WebClient cara = signedIn("cara.bright@brightpath.example");
        assertFalse(signInAsMe(cara, "Granite").isRedirectTo("client/dashboard.xhtml"), "no consent yet");

        WebClient olivia = signedIn("olivia.ops@switchboard.example");
        Page clients = olivia.open("admin/clients.xhtml");
        Map<String, String> search = ajaxOf("clients:q", "clients:q", "clients:table");
        search.put("jakarta.faces.behavior.event", "keyup");
        search.put("jakarta.faces.partial.event", "keyup");
        search.put("clients", "clients");
        search.put("clients:q", "Granite Legal");
        assertTrue(olivia.ajax("admin/clients.xhtml", clients, search).contains("Granite Legal"));
        Map<String, String> open = ajaxOf("clients:table:0:record", "clients:table:0:record", "consentForm");
        open.put("clients", "clients");
        assertTrue(olivia.ajax("admin/clients.xhtml", clients, open).contains("Consent from"));

        Map<String, String> save = ajaxOf("consentForm:save", "consentForm", "consentForm messages clients:table");
        save.put("consentForm", "consentForm");
        save.put("consentForm:givenBy", "");
        save.put("consentForm:givenOn_input", "2026-11-20");
        save.put("consentForm:note", "Signed letter, filed under GL-2026-11");
        assertTrue(olivia.ajax("admin/clients.xhtml", clients, save).contains("Say who at the client gave consent"),
                "who gave consent is required");
        save.put("consentForm:givenBy", "Grace Lin, managing partner");
        save.put("consentForm:givenOn_input", "2099-01-01");
        assertFalse(olivia.ajax("admin/clients.xhtml", clients, save).contains("Consent recorded"), "not in the future");
        save.put("consentForm:givenOn_input", "2026-11-20");
        Page saved = olivia.ajax("admin/clients.xhtml", clients, save);
        assertTrue(saved.contains("Consent recorded"), saved.body());
        assertTrue(saved.contains("Grace Lin, managing partner, 2026-11-20"), "the consent on file is listed");

        assertTrue(signInAsMe(cara, "Granite").isRedirectTo("client/dashboard.xhtml"), "now the partner may enter");
        assertEquals(403, cara.get("admin/clients.xhtml").status(), "and only operators record consent");
    }
}
