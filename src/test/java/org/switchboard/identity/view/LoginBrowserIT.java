package org.switchboard.identity.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.testsupport.browser.Browser;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A demo partner signs in through the real page in Chromium, switches account and logs out. */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT {

    @ArquillianResource
    URL deployment;

    @Test
    void partnerSignsInSeesWelcomeSwitchesAccountAndLogsOut() {
        try (Browser browser = new Browser(deployment)) {
            browser.open("");
            assertEquals("/login.xhtml", browser.path());
            browser.type("#login\\:email", "sam.north@northwind.example");
            browser.type("#login\\:password", "switchboard-demo");
            browser.screenshot("01-login");
            browser.clickAndWait(browser.find("#login\\:submit"));

            assertEquals("/portal/welcome.xhtml", browser.path());
            assertEquals("Northwind Payroll Bureau", browser.text("#portal-name"));
            assertEquals("40", browser.text("#clients-total"));
            assertEquals("Sam North", browser.text("#person-name"));
            browser.screenshot("02-welcome");

            browser.switchTo("Harbour Café");

            assertEquals("/client/dashboard.xhtml", browser.path());
            assertEquals("Harbour Café", browser.text("#client-name"));
            assertEquals("Harbour Café", browser.text("#topbar\\:switcher_button"));
            browser.screenshot("04-client-dashboard");

            browser.clickAndWait(browser.find("#topbar\\:logout"));
            assertEquals("/login.xhtml", browser.path());
            assertTrue(browser.text("#logged-out").contains("You have logged out."));
            browser.screenshot("05-logged-out");

            browser.open("portal/welcome.xhtml");
            assertEquals("/login.xhtml", browser.path());
        }
    }
}
