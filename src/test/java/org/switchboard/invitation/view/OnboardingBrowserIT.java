package org.switchboard.invitation.view;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.browser.Browser;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.Smtp;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: a client admin invites its partner, who accepts from the e-mail's link and finds the
 * client on the Accounts page; a portal admin adds a partner user with assigned clients, who signs
 * in, changes the temporary password and sees only those clients. Each test builds its own portal,
 * clients and people, and reads only the e-mail addressed to them.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnboardingBrowserIT {

    private static final Pattern LINK = Pattern.compile("invitation\\.xhtml\\?token=[A-Za-z0-9_-]{43}");

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    @ArquillianResource
    URL deployment;

    private static void signIn(Browser browser, Person person) {
        signIn(browser, person.email(), Fixtures.PASSWORD);
    }

    private static void signIn(Browser browser, String email, String password) {
        browser.type("#login\\:email", email);
        browser.type("#login\\:password", password);
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    private static void logOut(Browser browser) {
        browser.clickAndWait(browser.find("#topbar\\:logout"));
    }

    /** The text of the first e-mail to this address, waiting up to 15 s: the outbox sends after commit. */
    private static String mailTo(String email) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (smtp.getReceivedMessagesForDomain(email).length == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        MimeMessage[] messages = smtp.getReceivedMessagesForDomain(email);
        assertTrue(messages.length > 0, "an e-mail to " + email);
        return String.valueOf(messages[0].getContent());
    }

    @Test
    void aClientInvitesItsPartnerWhoAcceptsFromTheEmailAndFindsTheClient() throws Exception {
        Fixtures fixtures = new Fixtures(deployment);
        Portal portal = fixtures.portal(PortalKind.SERVICE_PROVIDER, "Tallyhouse Payroll");
        Person portalAdmin = fixtures.portalAdmin(portal, "Tess", "Tally");
        Client independent = fixtures.client(null, "Lighthouse Books");
        Person clientAdmin = fixtures.clientUser(independent, ClientRole.CLIENT_ADMIN, "Ian", "Keeper");
        try (Browser browser = new Browser(deployment)) {
            browser.open("login.xhtml");
            signIn(browser, clientAdmin);
            browser.clickAndWait(browser.find("#topbar\\:nav-settings"));
            browser.type("#partnerLink\\:partnerEmail", portalAdmin.email());
            browser.find("#partnerLink\\:invite").click();
            browser.waitForAjax();
            assertTrue(browser.text("#messages").contains("Invitation sent to " + portalAdmin.email()));
            browser.screenshot("onboarding-01-invited");
            logOut(browser);

            Matcher link = LINK.matcher(mailTo(portalAdmin.email()));
            assertTrue(link.find());
            browser.open(link.group());
            assertTrue(browser.text("#partner-offer").contains(independent.name()));
            browser.clickAndWait(browser.find("#sign-in"));
            signIn(browser, portalAdmin);
            assertEquals("/invitation.xhtml", browser.path(), "back on the invitation after signing in");
            browser.driver().findElement(By.xpath("//label[normalize-space(.)='" + portal.name() + "']")).click();
            browser.screenshot("onboarding-02-accept");
            browser.find("#accept\\:submit").click();
            browser.waitForAjax();
            assertTrue(browser.text("#accepted").contains("is now managed by " + portal.name()), browser.text("#accepted"));

            browser.clickAndWait(browser.find("#to-accounts"));
            browser.find("#accounts\\:q").sendKeys(independent.name());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                    browser.texts("#accounts\\:table_data a[id$='open']").contains(independent.name()));
            browser.screenshot("onboarding-03-on-accounts");
        }
    }

    @Test
    void aPortalAdminAddsAPartnerUserWhoSeesOnlyTheAssignedClients() {
        Fixtures fixtures = new Fixtures(deployment);
        Portal portal = fixtures.portal(PortalKind.SERVICE_PROVIDER, "Brookside Payroll");
        Person portalAdmin = fixtures.portalAdmin(portal, "Bo", "Brook");
        // Two clients to assign and one they must not see; the autocomplete finds each by its start.
        Client carpentry = fixtures.client(portal, "Wildrose Carpentry");
        Client flowers = fixtures.client(portal, "Tulip Flowers");
        fixtures.client(portal, "Yarrow Vets");
        String email = TestData.unique("assigned") + "@test.example";
        try (Browser browser = new Browser(deployment)) {
            browser.open("login.xhtml");
            signIn(browser, portalAdmin);
            browser.clickAndWait(browser.find("#topbar\\:nav-setup"));
            browser.find("#actions\\:add").click();
            browser.waitForAjax();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("addForm:email")));
            assertEquals("", browser.find("#addForm\\:email").getAttribute("value"), "no autofill of the admin's login");
            browser.type("#addForm\\:email", email);
            browser.type("#addForm\\:firstName", "Ada");
            browser.type("#addForm\\:lastName", "Signed");
            browser.driver().findElement(By.xpath("//label[normalize-space(.)='Only the clients chosen below']")).click();
            for (String client : List.of(carpentry.name(), flowers.name())) {
                browser.find("#addForm\\:assigned_input").sendKeys(client.substring(0, 6));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions
                        .visibilityOfElementLocated(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + client + "')]")))
                        .click();
                browser.waitForAjax();
            }
            browser.driver().findElement(By.xpath("//label[normalize-space(.)='Give them a temporary password']")).click();
            browser.type("#addForm\\:temporaryPassword", "temporary pass 2026");
            browser.find("#addForm\\:welcome .ui-chkbox-box").click();
            browser.screenshot("onboarding-04-add-user");
            browser.find("#addForm\\:save").click();
            browser.waitForAjax();
            assertTrue(browser.text("#people\\:table").contains(email), browser.text("#messages"));
            assertTrue(browser.text("#people\\:table").contains("2 assigned clients"));
            logOut(browser);

            browser.open("login.xhtml");
            signIn(browser, email, "temporary pass 2026");
            assertEquals("/change-password.xhtml", browser.path(), "the temporary password must be changed first");
            browser.type("#changePassword\\:currentPassword", "temporary pass 2026");
            browser.type("#changePassword\\:newPassword", "my very own passphrase");
            browser.type("#changePassword\\:confirmation", "my very own passphrase");
            browser.clickAndWait(browser.find("#changePassword\\:submit"));
            browser.open("portal/accounts.xhtml");
            assertEquals(List.of(flowers.name(), carpentry.name()),
                    browser.texts("#accounts\\:table_data a[id$='open']"));
            browser.screenshot("onboarding-05-only-assigned");
        }
    }
}
