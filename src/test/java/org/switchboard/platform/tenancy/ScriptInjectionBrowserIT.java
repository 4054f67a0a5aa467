package org.switchboard.platform.tenancy;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.browser.Browser;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Person;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Story: markup an attacker got into a page (through a stored name, or a flaw of ours yet unknown)
 * adds a script, inline or as an event handler. In a real browser the page's script policy, with
 * its own nonce, refuses both; the pages' own scripts, which carry the nonce, keep working.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScriptInjectionBrowserIT {

    @ArquillianResource
    URL deployment;

    @Test
    void anInjectedInlineScriptOrHandlerDoesNotRunWhileThePagesOwnScriptsDo() {
        Fixtures fixtures = new Fixtures(deployment);
        Person admin = fixtures.portalAdmin(fixtures.portal(PortalKind.SERVICE_PROVIDER, "Policy Bureau"), "Pol", "Icy");
        try (Browser browser = new Browser(deployment)) {
            browser.open("login.xhtml");
            browser.type("#login\\:email", admin.email());
            browser.type("#login\\:password", Fixtures.PASSWORD);
            browser.clickAndWait(browser.find("#login\\:submit"));
            assertEquals("/portal/welcome.xhtml", browser.path(), "the page's own scripts ran: signed in");

            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            page.executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                    + "document.body.appendChild(s);"
                    + "var img = document.createElement('img'); img.setAttribute('onerror', 'window.handled = true');"
                    + "img.src = 'data:,'; document.body.appendChild(img);");
            browser.waitForAjax();

            assertEquals(Boolean.FALSE, page.executeScript("return window.injected === true;"), "the inline script ran");
            assertEquals(Boolean.FALSE, page.executeScript("return window.handled === true;"), "the injected handler ran");
            List<String> refused = browser.refusedByPolicy();
            assertFalse(refused.isEmpty(), "the browser reports what it refused");
            assertTrue(refused.stream().anyMatch(message -> message.contains("script")), refused.toString());
        }
    }
}
