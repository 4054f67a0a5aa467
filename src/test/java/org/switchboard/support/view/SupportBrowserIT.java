package org.switchboard.support.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.browser.Browser;
import org.switchboard.testsupport.browser.SelectMenu;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: a client's admin opens a support case with a screenshot attached, the operator
 * solves it on the support desk, and the client's service provider sees it solved on the client's
 * details page. The class builds its own provider, client and people.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportBrowserIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @ArquillianResource
    URL deployment;

    private static void signIn(Browser browser, Person person) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", person.email());
        browser.type("#login\\:password", Fixtures.PASSWORD);
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    @Test
    void aClientOpensACaseWithAFileTheOperatorSolvesItAndThePartnerSeesItSolved() throws Exception {
        Fixtures fixtures = new Fixtures(deployment);
        Portal provider = fixtures.portal(PortalKind.SERVICE_PROVIDER, "Ledgerline Payroll");
        Client client = fixtures.client(provider, "Quayside Bakery");
        Person clientAdmin = fixtures.clientUser(client, ClientRole.CLIENT_ADMIN, "Bea", "Baker");
        Person partner = fixtures.portalAdmin(provider, "Lena", "Ledger");
        Person operator = fixtures.operator("Otto", "Desk");
        String subject = TestData.unique("Rota export");
        Path screenshot = Files.createTempFile("screen", ".png");
        Files.write(screenshot, PNG);
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, clientAdmin);
            browser.open("client/support.xhtml");
            browser.type("#openCase\\:subject", subject);
            browser.type("#openCase\\:description", "The rota export stops at row 100.");
            browser.driver().findElement(By.cssSelector("#openCase input[type=file]")).sendKeys(screenshot.toString());
            browser.screenshot("support-01-open-case");
            browser.clickAndWait(browser.find("#openCase\\:submit"));
            assertEquals(subject, browser.text("#case-subject"));
            assertEquals("Open", browser.text("#case-status"));
            String name = screenshot.getFileName().toString();
            assertTrue(browser.text("#attachments").contains(name), "the file is on the case");
            browser.screenshot("support-02-case");
            browser.byText("a", name).click();
            assertArrayEquals(PNG, Files.readAllBytes(browser.downloaded(name.substring(0, name.length() - 4))),
                    "it downloads as it was sent");
        }
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, operator);
            browser.open("admin/support.xhtml");
            browser.byText("a", subject).click();
            browser.waitForAjax();
            browser.type("#answer\\:reply", "Fixed: the export now pages through every row.");
            SelectMenu.choose(browser, "answer:status", "li[data-label='Solved']");
            browser.find("#answer\\:send").click();
            browser.waitForAjax();
            assertTrue(browser.text("#messages").contains("Answer sent"), browser.text("#messages"));
            assertEquals("Solved", browser.text("#case-status"));
            browser.screenshot("support-03-desk");
        }
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, partner);
            browser.open("portal/account.xhtml?id=" + client.id());
            String cases = browser.text("#support-cases");
            assertTrue(cases.contains(subject) && cases.contains("Solved"), cases);
            browser.screenshot("support-04-client-details");
        }
    }
}
