package org.switchboard.access.view;

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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign in as Me and Sign in as User over HTTP: the POSTs that start and end a visit, the session id
 * they renew, the banner, consent shown and enforced, and the histories. Each test builds its own
 * bureau (a service provider portal) with the clients and people it needs, so a search by one word
 * of a client's name finds that client alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerAccessPagesIT {

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    private WebClient signedIn(Person person) {
        return fixtures().signedIn(deployment, person);
    }

    private Portal bureau() {
        return fixtures().portal(PortalKind.SERVICE_PROVIDER, "Visiting Bureau");
    }

    /** A client that lets partners in with recruiter rights at most. */
    private Client dentalCappedAtRecruiter(Portal bureau) {
        return fixtures().client(bureau, "Linden Dental", "status", ClientStatus.TRIAL.name(), "cap", ClientRole.RECRUITER.name());
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
        Portal bureau = bureau();
        Client builders = fixtures().client(bureau, "Ridgeway Builders");
        // The admin also works in one of the bureau's clients: after the visit that one is hers again.
        Client own = fixtures().client(bureau, "Quayside Coffee");
        Person nora = fixtures().joins(fixtures().portalAdmin(bureau, "Nora", "Quint"), own, ClientRole.RECRUITER);
        WebClient admin = signedIn(nora);
        String before = admin.sessionId().orElseThrow();

        Page entered = signInAsMe(admin, "Builders");
        assertTrue(entered.isRedirectTo("client/dashboard.xhtml"), entered.status() + " " + entered.location());
        String during = admin.sessionId().orElseThrow();
        assertNotEquals(before, during, "a new visit gets a new session id");

        Page dashboard = admin.get("client/dashboard.xhtml");
        assertEquals(200, dashboard.status());
        assertTrue(dashboard.contains("id=\"visit-client\">" + builders.name()), "the banner names the client");
        assertTrue(dashboard.contains("as yourself"));
        assertTrue(dashboard.contains(nora.name() + " &lt;" + nora.email() + "&gt;"), "who you really are");
        assertTrue(dashboard.contains(bureau.name()), "from which portal");
        assertTrue(dashboard.contains("Visit ends in 30 min"), "the time left");
        assertTrue(admin.get("portal/welcome.xhtml").contains("Your visit is open in"), "the banner follows to the portal");

        Page back = admin.submit("client/dashboard.xhtml", dashboard, "visitBanner", Map.of(), "back-to-portal");
        assertTrue(back.isRedirectTo("portal/accounts.xhtml"), back.location());
        assertTrue(back.location().contains("q=Builders"), "back where you left the Accounts page: " + back.location());
        assertNotEquals(during, admin.sessionId().orElseThrow(), "ending the visit renews the session id too");
        Page after = admin.get("client/dashboard.xhtml");
        assertFalse(after.contains(builders.name()), "the client is left; the admin is in her own client again");
        assertFalse(after.contains("Back to portal"));
    }

    @Test
    void aGetNeverStartsAVisit() {
        Portal bureau = bureau();
        Client coffee = fixtures().client(bureau, "Quayside Coffee");
        Person partner = fixtures().assignedPartnerUser(bureau, "Theo", "Brandt", true, coffee, dentalCappedAtRecruiter(bureau));
        WebClient theo = signedIn(partner);
        assertEquals(404, theo.get("client/dashboard.xhtml").status(), "the partner user has no client of his own");
        theo.open("portal/accounts.xhtml?q=Coffee");
        assertEquals(404, theo.get("client/dashboard.xhtml").status(), "opening the Accounts page enters nothing");
    }

    @Test
    void withoutConsentTheActionsAreDisabledWithTheReasonAndAPostIsRefused() {
        Portal bureau = bureau();
        fixtures().clientWithoutPartnerLogin(bureau, "Heron Logistics");
        WebClient admin = signedIn(fixtures().portalAdmin(bureau, "Nora", "Quint"));
        Page accounts = admin.open("portal/accounts.xhtml?q=Logistics");
        assertTrue(accounts.contains("Partner login not allowed by the client"));
        assertTrue(accounts.body().matches("(?s).*id=\"accounts:table:0:sign-in-as-me\"[^>]*disabled.*"),
                "Sign in as Me is disabled");
        Page forced = admin.submit("portal/accounts.xhtml?q=Logistics", accounts, "accounts", Map.of(), "table:0:sign-in-as-me");
        assertFalse(forced.isRedirectTo("client/dashboard.xhtml"), "a forced post enters nothing");
        assertFalse(admin.get("portal/accounts.xhtml").contains("Back to portal"));
    }

    @Test
    void signInAsUserWorksAsThatUserAndTheClientSeesIt() {
        Portal bureau = bureau();
        Client coffee = fixtures().client(bureau, "Quayside Coffee");
        // The portal admin is a user of the client too, so the picker lists her and says why she cannot pick herself.
        Person nora = fixtures().joins(fixtures().portalAdmin(bureau, "Nora", "Quint"), coffee, ClientRole.RECRUITER);
        Person ivy = fixtures().clientUser(coffee, ClientRole.CLIENT_ADMIN, "Ivy", "Holm");
        WebClient admin = signedIn(nora);
        String accountsPath = "portal/accounts.xhtml?q=Coffee";
        Page accounts = admin.open(accountsPath);
        Map<String, String> pick = ajaxOf("accounts:table:0:sign-in-as-user", "accounts:table:0:sign-in-as-user",
                "signInAsUserForm");
        pick.put("accounts", "accounts");
        Page picker = admin.ajax(accountsPath, accounts, pick);
        assertTrue(picker.contains(ivy.name()), "the picker lists the client's users");
        assertTrue(picker.contains("This is you"), "and says why the admin cannot pick herself");

        Map<String, String> start = ajaxOf("signInAsUserForm:start", "signInAsUserForm", "signInAsUserForm messages");
        start.put("signInAsUserForm", "signInAsUserForm");
        start.put("signInAsUserForm:user_input", String.valueOf(ivy.id()));
        start.put("signInAsUserForm:reason", "");
        assertFalse(admin.ajax(accountsPath, accounts, start).contains("<redirect"), "no reason, no visit");

        start.put("signInAsUserForm:reason", "Ticket 2291: cannot close a job");
        Page entered = admin.ajax(accountsPath, accounts, start);
        assertTrue(entered.contains("<redirect") && entered.contains("client/dashboard.xhtml"), entered.body());
        Page dashboard = admin.get("client/dashboard.xhtml");
        assertTrue(dashboard.contains(ivy.name() + " &lt;" + ivy.email() + "&gt;"), "acting as the client admin");
        assertTrue(dashboard.contains("nav-settings"), "with the client admin's menu");
        Page settings = admin.get("client/settings.xhtml");
        assertEquals(200, settings.status());
        assertTrue(settings.contains("cannot be changed during a partner visit"), "but not partner access");
        assertFalse(settings.contains("partnerAccess:save"));
        admin.submit("client/dashboard.xhtml", dashboard, "visitBanner", Map.of(), "back-to-portal");

        Page history = signedIn(ivy).get("client/settings.xhtml");
        assertTrue(history.contains("Ticket 2291: cannot close a job"), "the client admin sees the reason");
        assertTrue(history.contains(nora.email()), "and who it was");
        assertTrue(history.contains("Back to portal"), "and how it ended");
        Page portalHistory = admin.get("portal/access-history.xhtml");
        assertTrue(portalHistory.contains("Ticket 2291: cannot close a job"), "the portal admin sees it too");
    }

    @Test
    void aRestrictedPartnerEntersButNeverOpensSettings() {
        Portal bureau = bureau();
        Client dental = dentalCappedAtRecruiter(bureau);
        Person partner = fixtures().assignedPartnerUser(bureau, "Theo", "Brandt", true,
                fixtures().client(bureau, "Quayside Coffee"), dental);
        WebClient theo = signedIn(partner);
        assertTrue(signInAsMe(theo, "Dental").isRedirectTo("client/dashboard.xhtml"));
        Page dashboard = theo.get("client/dashboard.xhtml");
        assertTrue(dashboard.contains(dental.name()));
        assertFalse(dashboard.contains("nav-settings"), "no Settings in the menu");
        assertEquals(403, theo.get("client/settings.xhtml").status(), "nor by URL");
        assertEquals(403, theo.get("portal/access-history.xhtml").status(), "a partner user sees no portal history");
    }

    @Test
    void theClientAdminCapsPartnersAndTheCapAppliesAtOnce() {
        Portal bureau = bureau();
        Client dental = dentalCappedAtRecruiter(bureau);
        WebClient admin = signedIn(fixtures().portalAdmin(bureau, "Nora", "Quint"));
        assertTrue(signInAsMe(admin, "Dental").isRedirectTo("client/dashboard.xhtml"));
        Page jobs = admin.get("client/jobs.xhtml");
        assertTrue(jobs.contains("New job"), dental.name() + " lets partners in as recruiters");
        assertFalse(admin.get("client/dashboard.xhtml").contains("nav-settings"), "not as admins");
        assertEquals(403, admin.get("client/settings.xhtml").status());
    }

    @Test
    void logoutEndsTheVisit() {
        Portal bureau = bureau();
        Client florists = fixtures().client(bureau, "Willow Florists", ClientStatus.PAST_DUE);
        WebClient admin = signedIn(fixtures().portalAdmin(bureau, "Nora", "Quint"));
        assertTrue(signInAsMe(admin, "Florists").isRedirectTo("client/dashboard.xhtml"));
        Page dashboard = admin.get("client/dashboard.xhtml");
        admin.submit("client/dashboard.xhtml", dashboard, "topbar", Map.of(), "logout");
        assertEquals("1", fixtures().scalar("select count(s) from AccessSession s where s.clientId = " + florists.id()
                + " and s.endReason = org.switchboard.platform.tenancy.EndReason.LOGOUT"));
    }

    @Test
    void anOperatorTurnsPartnerLoginOnOnlyByRecordingWrittenConsent() {
        Portal partners = fixtures().portal(PortalKind.CHANNEL_PARTNER, "Referral Partners");
        Client legal = fixtures().clientWithoutPartnerLogin(partners, "Slate Legal");
        WebClient partnerAdmin = signedIn(fixtures().portalAdmin(partners, "Cleo", "Varga"));
        assertFalse(signInAsMe(partnerAdmin, "Legal").isRedirectTo("client/dashboard.xhtml"), "no consent yet");

        WebClient operator = signedIn(fixtures().operator("Omar", "Console"));
        Page clients = operator.open("admin/clients.xhtml");
        Map<String, String> search = ajaxOf("clients:q", "clients:q", "clients:table");
        search.put("jakarta.faces.behavior.event", "keyup");
        search.put("jakarta.faces.partial.event", "keyup");
        search.put("clients", "clients");
        // The whole unique name: the console searches every portal's clients.
        search.put("clients:q", legal.name());
        assertTrue(operator.ajax("admin/clients.xhtml", clients, search).contains(legal.name()));
        Map<String, String> open = ajaxOf("clients:table:0:record", "clients:table:0:record", "consentForm");
        open.put("clients", "clients");
        assertTrue(operator.ajax("admin/clients.xhtml", clients, open).contains("Consent from"));

        Map<String, String> save = ajaxOf("consentForm:save", "consentForm", "consentForm messages clients:table");
        save.put("consentForm", "consentForm");
        save.put("consentForm:givenBy", "");
        save.put("consentForm:givenOn_input", "2026-11-20");
        save.put("consentForm:note", "Signed letter, filed under SL-2026-11");
        assertTrue(operator.ajax("admin/clients.xhtml", clients, save).contains("Say who at the client gave consent"),
                "who gave consent is required");
        save.put("consentForm:givenBy", "Grace Lin, managing partner");
        save.put("consentForm:givenOn_input", "2099-01-01");
        assertFalse(operator.ajax("admin/clients.xhtml", clients, save).contains("Consent recorded"), "not in the future");
        save.put("consentForm:givenOn_input", "2026-11-20");
        Page saved = operator.ajax("admin/clients.xhtml", clients, save);
        assertTrue(saved.contains("Consent recorded"), saved.body());
        assertTrue(saved.contains("Grace Lin, managing partner, 2026-11-20"), "the consent on file is listed");

        assertTrue(signInAsMe(partnerAdmin, "Legal").isRedirectTo("client/dashboard.xhtml"), "now the partner may enter");
        assertEquals(403, partnerAdmin.get("admin/clients.xhtml").status(), "and only operators record consent");
    }
}
