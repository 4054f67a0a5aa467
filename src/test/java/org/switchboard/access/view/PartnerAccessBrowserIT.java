package org.switchboard.access.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.switchboard.testsupport.browser.Browser;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium, with the demo data: a bureau admin signs in to a client as himself, sees the banner,
 * opens a job and goes back to the portal; signs in as one of a client's users; meets a client that
 * has not allowed partner login; and the client's admin reads the partner access history.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerAccessBrowserIT {

    @ArquillianResource
    URL deployment;

    private static void signIn(Browser browser, String email) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", email);
        browser.type("#login\\:password", "switchboard-demo");
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    @Test
    void signInAsMeWorkInTheClientAndGoBackToThePortal() {
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, "sam.north@northwind.example");
            browser.open("portal/accounts.xhtml?q=Summit");
            browser.clickAndWait(browser.find("#accounts\\:table\\:0\\:sign-in-as-me"));

            assertEquals("/client/dashboard.xhtml", browser.path());
            String banner = browser.text("#visitBanner");
            assertTrue(banner.contains("You are in Summit Builders as yourself"), banner);
            assertTrue(banner.contains("Sam North"), banner);
            assertTrue(banner.contains("Northwind Payroll Bureau"), banner);
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
            assertEquals("/portal/accounts.xhtml?q=Summit", browser.pathAndQuery(), "back where the visit started");
            assertTrue(browser.driver().findElements(By.id("visitBanner")).isEmpty(), "the banner is gone");

            browser.clickAndWait(browser.byText("a", "Summit Builders"));
            String history = browser.text("#partner-access-history");
            assertTrue(history.contains("Sam North") && history.contains("Site foreman"), history);
            assertTrue(history.contains("Back to portal"), history);
            browser.screenshot("visit-02-history-on-details");
        }
    }

    @Test
    void signInAsOneOfTheClientsUsers() {
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, "sam.north@northwind.example");
            browser.open("portal/accounts.xhtml?q=Harbour");
            browser.find("#accounts\\:table\\:0\\:sign-in-as-user").click();
            browser.waitForAjax();
            browser.find("#signInAsUserForm\\:user").click();
            browser.find("#signInAsUserForm\\:user_panel li[data-label*='Alex Harbour']").click();
            browser.type("#signInAsUserForm\\:reason", "Ticket 5120: the careers page shows no jobs");
            browser.screenshot("visit-03-picker");
            browser.clickAndWait(browser.find("#signInAsUserForm\\:start"));

            assertEquals("/client/dashboard.xhtml", browser.path());
            String banner = browser.text("#visitBanner");
            assertTrue(banner.contains("You are in Harbour Café as Alex Harbour"), banner);
            assertTrue(banner.contains("Signed in as Sam North"), banner);
            browser.screenshot("visit-04-as-user");
            browser.clickAndWait(browser.find("#visitBanner\\:back-to-portal"));
            assertEquals("/portal/accounts.xhtml?q=Harbour", browser.pathAndQuery());
        }
    }

    @Test
    void withoutConsentTheActionsAreDisabledWithTheReason() {
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, "sam.north@northwind.example");
            browser.open("portal/accounts.xhtml?q=Kestrel");
            assertFalse(browser.find("#accounts\\:table\\:0\\:sign-in-as-me").isEnabled());
            assertFalse(browser.find("#accounts\\:table\\:0\\:sign-in-as-user").isEnabled());
            assertTrue(browser.text("#accounts\\:table_data").contains("Partner login not allowed by the client"));
            browser.screenshot("visit-05-no-consent");
        }
    }

    @Test
    void theClientAdminSeesWhoEnteredAndCanChangeTheTerms() {
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, "alex.harbour@harbourcafe.example");
            browser.clickAndWait(browser.find("#topbar\\:nav-settings"));
            String history = browser.text("#historyForm");
            assertTrue(history.contains("Sam North"), history);
            assertTrue(history.contains("Support ticket 1042"), history);
            assertTrue(browser.find("#partnerAccess\\:save").isDisplayed(), "the client's own admin may change the terms");
            browser.screenshot("visit-06-client-history");
        }
    }
}
