package org.switchboard.access.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.browser.Browser;
import org.switchboard.testsupport.browser.SelectMenu;
import org.switchboard.testsupport.web.AccessFixtures;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: a bureau admin signs in to a client as herself, sees the banner, opens a job and goes
 * back to the portal; signs in as one of a client's users; meets a client that has not allowed
 * partner login; and the client's admin reads the partner access history. Each test builds its own
 * bureau, clients and people.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerAccessBrowserIT {

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    private Portal bureau() {
        return fixtures().portal(PortalKind.SERVICE_PROVIDER, "Visiting Bureau");
    }

    private static void signIn(Browser browser, Person person) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", person.email());
        browser.type("#login\\:password", Fixtures.PASSWORD);
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    @Test
    void signInAsMeWorkInTheClientAndGoBackToThePortal() {
        Portal bureau = bureau();
        Client builders = fixtures().client(bureau, "Ridgeway Builders");
        Person admin = fixtures().portalAdmin(bureau, "Nora", "Quint");
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, admin);
            browser.open("portal/accounts.xhtml?q=Builders");
            browser.clickAndWait(browser.find("#accounts\\:table\\:0\\:sign-in-as-me"));

            assertEquals("/client/dashboard.xhtml", browser.path());
            String banner = browser.text("#visitBanner");
            assertTrue(banner.contains("You are in " + builders.name() + " as yourself"), banner);
            assertTrue(banner.contains(admin.name()), banner);
            assertTrue(banner.contains(bureau.name()), banner);
            assertTrue(banner.contains("Visit ends in"), banner);
            browser.screenshot("visit-01-banner");

            browser.clickAndWait(browser.find("#topbar\\:nav-jobs"));
            browser.find("#jobs\\:new").click();
            browser.waitForAjax();
            browser.type("#jobForm\\:title", "Site foreman");
            browser.find("#jobForm\\:save").click();
            browser.waitForAjax();
            browser.byText("a", "Site foreman");

            browser.clickAndWait(browser.find("#visitBanner\\:back-to-portal"));
            assertEquals("/portal/accounts.xhtml?q=Builders", browser.pathAndQuery(), "back where the visit started");
            assertTrue(browser.driver().findElements(By.id("visitBanner")).isEmpty(), "the banner is gone");

            browser.clickAndWait(browser.byText("a", builders.name()));
            String history = browser.text("#partner-access-history");
            assertTrue(history.contains(admin.name()) && history.contains("Site foreman"), history);
            assertTrue(history.contains("Back to portal"), history);
            browser.screenshot("visit-02-history-on-details");
        }
    }

    @Test
    void signInAsOneOfTheClientsUsers() {
        Portal bureau = bureau();
        Client coffee = fixtures().client(bureau, "Quayside Coffee");
        Person clientAdmin = fixtures().clientUser(coffee, ClientRole.CLIENT_ADMIN, "Ivy", "Holm");
        Person admin = fixtures().portalAdmin(bureau, "Nora", "Quint");
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, admin);
            browser.open("portal/accounts.xhtml?q=Coffee");
            browser.find("#accounts\\:table\\:0\\:sign-in-as-user").click();
            browser.waitForAjax();
            SelectMenu.choose(browser, "signInAsUserForm:user", "li[data-label*='" + clientAdmin.name() + "']");
            browser.type("#signInAsUserForm\\:reason", "Ticket 5120: the careers page shows no jobs");
            browser.screenshot("visit-03-picker");
            browser.clickAndWait(browser.find("#signInAsUserForm\\:start"));

            assertEquals("/client/dashboard.xhtml", browser.path());
            String banner = browser.text("#visitBanner");
            assertTrue(banner.contains("You are in " + coffee.name() + " as " + clientAdmin.name()), banner);
            assertTrue(banner.contains("Signed in as " + admin.name()), banner);
            browser.screenshot("visit-04-as-user");
            browser.clickAndWait(browser.find("#visitBanner\\:back-to-portal"));
            assertEquals("/portal/accounts.xhtml?q=Coffee", browser.pathAndQuery());
        }
    }

    @Test
    void withoutConsentTheActionsAreDisabledWithTheReason() {
        Portal bureau = bureau();
        fixtures().clientWithoutPartnerLogin(bureau, "Heron Logistics");
        Person admin = fixtures().portalAdmin(bureau, "Nora", "Quint");
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, admin);
            browser.open("portal/accounts.xhtml?q=Logistics");
            assertFalse(browser.find("#accounts\\:table\\:0\\:sign-in-as-me").isEnabled());
            assertFalse(browser.find("#accounts\\:table\\:0\\:sign-in-as-user").isEnabled());
            assertTrue(browser.text("#accounts\\:table_data").contains("Partner login not allowed by the client"));
            browser.screenshot("visit-05-no-consent");
        }
    }

    @Test
    void theClientAdminSeesWhoEnteredAndCanChangeTheTerms() {
        Portal bureau = bureau();
        Client coffee = fixtures().client(bureau, "Quayside Coffee");
        Person clientAdmin = fixtures().clientUser(coffee, ClientRole.CLIENT_ADMIN, "Ivy", "Holm");
        Person admin = fixtures().portalAdmin(bureau, "Nora", "Quint");
        // An earlier troubleshooting visit as the client's admin, for the history to show.
        new AccessFixtures(deployment).pastVisitAsUser(bureau, admin, coffee, clientAdmin,
                "Support ticket 1042: the Interview stage is missing", 30);
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, clientAdmin);
            browser.clickAndWait(browser.find("#topbar\\:nav-settings"));
            String history = browser.text("#historyForm");
            assertTrue(history.contains(admin.name()), history);
            assertTrue(history.contains("Support ticket 1042"), history);
            assertTrue(history.contains("Change 0005") && !history.contains("Change 0006"), "the first changes: " + history);

            browser.find("[id$='all-changes']").click();
            browser.waitForAjax();
            String changes = browser.text("[id$='visit-changes']");
            assertTrue(changes.contains("Change 0001") && changes.contains("Change 0025") && !changes.contains("Change 0026"),
                    "the visit's changes, a page at a time: " + changes);
            browser.find("[id$='visit-changes'] .ui-paginator-next").click();
            browser.waitForAjax();
            changes = browser.text("[id$='visit-changes']");
            assertTrue(changes.contains("Change 0030") && !changes.contains("Change 0025"), "the second page: " + changes);
            browser.screenshot("visit-07-all-changes");
            browser.find("[id$='close-changes']").click();
            browser.waitForAjax();
            assertTrue(browser.texts("[id$='visit-changes']").isEmpty(), "the list closes");
            assertTrue(browser.find("#partnerAccess\\:save").isDisplayed(), "the client's own admin may change the terms");
            browser.screenshot("visit-06-client-history");
        }
    }
}
