package org.switchboard.portal.view;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: Northwind's portal admin finds the portal's demo account on Accounts, enters it as
 * himself, sees it marked as a demo full of sample jobs, goes back to the portal and resets it; the
 * demo account never counts in Northwind's 40 client accounts.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoAccountBrowserIT {

    @ArquillianResource
    URL deployment;

    private static void signIn(Browser browser, String email) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", email);
        browser.type("#login\\:password", "switchboard-demo");
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    @Test
    void thePortalAdminEntersTheDemoAccountGoesBackAndResetsIt() {
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, "sam.north@northwind.example");
            assertEquals("40", browser.text("#clients-total"), "the demo account is not counted on Welcome");

            browser.open("portal/accounts.xhtml");
            String card = browser.text("#accounts\\:demo");
            assertTrue(card.contains("Demo account"), card);
            String demoName = browser.text("#accounts\\:demo .demo-name");
            assertTrue(browser.text("#accounts .ui-paginator-current").contains("of 40"),
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
            assertEquals("40", browser.text("#clients-total"), "still not counted after the reset");
        }
    }
}
