package org.switchboard.support.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.browser.Browser;
import org.switchboard.testsupport.web.WebClient;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: Harbour Café's admin opens a support case with a screenshot attached, the operator
 * solves it on the support desk, and Harbour Café's service provider sees it solved on the
 * client's details page.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportBrowserIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @ArquillianResource
    URL deployment;

    private static void signIn(Browser browser, String email) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", email);
        browser.type("#login\\:password", "switchboard-demo");
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    @Test
    void aClientOpensACaseWithAFileTheOperatorSolvesItAndThePartnerSeesItSolved() throws Exception {
        String subject = TestData.unique("Rota export");
        Path screenshot = Files.createTempFile("screen", ".png");
        Files.write(screenshot, PNG);
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, "alex.harbour@harbourcafe.example");
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
            signIn(browser, "olivia.ops@switchboard.example");
            browser.open("admin/support.xhtml");
            browser.byText("a", subject).click();
            browser.waitForAjax();
            browser.type("#answer\\:reply", "Fixed: the export now pages through every row.");
            browser.find("#answer\\:status").click();
            browser.find("#answer\\:status_items li[data-label='Solved']").click();
            browser.find("#answer\\:send").click();
            browser.waitForAjax();
            assertTrue(browser.text("#messages").contains("Answer sent"), browser.text("#messages"));
            assertEquals("Solved", browser.text("#case-status"));
            browser.screenshot("support-03-desk");
        }
        String harbour = new WebClient(deployment).support("scalar", "jpql",
                "select c.id from ClientAccount c where c.name = 'Harbour Café'");
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, "sam.north@northwind.example");
            browser.open("portal/account.xhtml?id=" + harbour);
            String cases = browser.text("#support-cases");
            assertTrue(cases.contains(subject) && cases.contains("Solved"), cases);
            browser.screenshot("support-04-client-details");
        }
    }
}
