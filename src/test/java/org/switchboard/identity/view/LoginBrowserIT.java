package org.switchboard.identity.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.browser.Browser;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner signs in through the real page in Chromium, switches to a client account of their own
 * and logs out. The class builds its bureau, two clients and Sam, its admin and Harbour's.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT {

    @ArquillianResource
    URL deployment;

    @Test
    void partnerSignsInSeesWelcomeSwitchesAccountAndLogsOut() {
        Fixtures fixtures = new Fixtures(deployment);
        Portal bureau = fixtures.portal(PortalKind.SERVICE_PROVIDER, "Quayside Bureau");
        Client harbour = fixtures.client(bureau, "Harbour");
        fixtures.client(bureau, "Maple");
        Person quinn = fixtures.joins(fixtures.portalAdmin(bureau, "Quinn", "Ashby"), harbour, ClientRole.CLIENT_ADMIN);
        try (Browser browser = new Browser(deployment)) {
            browser.open("");
            assertEquals("/login.xhtml", browser.path());
            browser.type("#login\\:email", quinn.email());
            browser.type("#login\\:password", Fixtures.PASSWORD);
            browser.screenshot("01-login");
            browser.clickAndWait(browser.find("#login\\:submit"));

            assertEquals("/portal/welcome.xhtml", browser.path());
            assertEquals(bureau.name(), browser.text("#portal-name"));
            assertEquals("2", browser.text("#clients-total"));
            assertEquals("Quinn Ashby", browser.text("#person-name"));
            browser.screenshot("02-welcome");

            browser.switchTo(harbour.name());

            assertEquals("/client/dashboard.xhtml", browser.path());
            assertEquals(harbour.name(), browser.text("#client-name"));
            assertEquals(harbour.name(), browser.text("#topbar\\:switcher_button"));
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
