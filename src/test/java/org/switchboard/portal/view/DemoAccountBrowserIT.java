package org.switchboard.portal.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.browser.Browser;
import org.switchboard.testsupport.web.AccessFixtures;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: a bureau's portal admin finds the portal's demo account on Accounts, enters it as
 * herself, sees it marked as a demo full of sample jobs, goes back to the portal and resets it; the
 * demo account never counts in the bureau's client accounts. The test builds the bureau, its clients,
 * its demo account and its admin itself.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoAccountBrowserIT {

    /** One more than a page of the Accounts table, so that the table shows its paginator and total. */
    private static final int CLIENTS = 26;

    @ArquillianResource
    URL deployment;

    private static void signIn(Browser browser, Person person) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", person.email());
        browser.type("#login\\:password", Fixtures.PASSWORD);
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    @Test
    void thePortalAdminEntersTheDemoAccountGoesBackAndResetsIt() {
        Fixtures fixtures = new Fixtures(deployment);
        Portal bureau = fixtures.portal(PortalKind.SERVICE_PROVIDER, "Demo Bureau");
        new AccessFixtures(deployment).demoAccount(bureau);
        for (int n = 1; n <= CLIENTS; n++) {
            fixtures.client(bureau, "Client " + n);
        }
        Person admin = fixtures.portalAdmin(bureau, "Nora", "Quint");
        String total = String.valueOf(CLIENTS);
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, admin);
            assertEquals(total, browser.text("#clients-total"), "the demo account is not counted on Welcome");

            browser.open("portal/accounts.xhtml");
            String card = browser.text("#accounts\\:demo");
            assertTrue(card.contains("Demo account"), card);
            String demoName = browser.text("#accounts\\:demo .demo-name");
            assertTrue(browser.text("#accounts .ui-paginator-current").contains("of " + total),
                    browser.text("#accounts .ui-paginator-current"));
            assertTrue(browser.driver().findElements(By.xpath("//*[@id='accounts:table_data']//a[normalize-space(.)='"
                    + demoName + "']")).isEmpty(), "the demo account is not a row of the table");
            browser.screenshot("demo-01-card");

            browser.clickAndWait(browser.find("#accounts\\:demo-sign-in"));
            assertEquals("/client/dashboard.xhtml", browser.path());
            String banner = browser.text("#visitBanner");
            assertTrue(banner.contains("You are in " + demoName), banner);
            assertEquals(demoName, browser.text("#client-name"));
            assertTrue(browser.text("#demo-banner").contains("Demo account"), browser.text("#demo-banner"));
            assertEquals("5", browser.text("#client-open-jobs"), "the sample work's open jobs");
            browser.screenshot("demo-02-inside");

            browser.clickAndWait(browser.find("#topbar\\:nav-jobs"));
            assertTrue(browser.text("#demo-banner").contains("Demo account"));
            browser.byText("a", "Dental nurse");
            browser.screenshot("demo-03-sample-jobs");

            browser.clickAndWait(browser.find("#visitBanner\\:back-to-portal"));
            assertEquals("/portal/accounts.xhtml", browser.path());
            assertTrue(browser.driver().findElements(By.id("visitBanner")).isEmpty(), "the visit is over");

            browser.find("#accounts\\:demo-reset").click();
            browser.find(".ui-confirm-dialog .ui-confirmdialog-yes").click();
            browser.waitForAjax();
            String messages = browser.text("#accounts\\:demo-messages");
            assertTrue(messages.contains("The demo account has fresh sample data"), messages);
            assertTrue(browser.text("#accounts\\:demo").contains(demoName));
            browser.screenshot("demo-04-reset");

            browser.open("portal/welcome.xhtml");
            assertEquals(total, browser.text("#clients-total"), "still not counted after the reset");
        }
    }
}
