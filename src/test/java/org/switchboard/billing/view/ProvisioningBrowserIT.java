package org.switchboard.billing.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.browser.Browser;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Person;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: a service provider starts a trial, converts it and upgrades its
 * seats; a channel partner submits a referral that the operator wins. Each test signs in to
 * portals of its own, so that no other portal's counts change.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisioningBrowserIT {

    @ArquillianResource
    URL deployment;

    /** The admin of a new portal of the kind. */
    private Person adminOfNewPortal(PortalKind kind, String portalName, String firstName, String lastName) {
        Fixtures fixtures = new Fixtures(deployment);
        return fixtures.portalAdmin(fixtures.portal(kind, portalName), firstName, lastName);
    }

    private static void signIn(Browser browser, Person person) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", person.email());
        browser.type("#login\\:password", Fixtures.PASSWORD);
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    private static void clickLabel(Browser browser, String label) {
        browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]")).click();
    }

    private static void seats(Browser browser, String css, String value) {
        browser.find(css).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, value);
    }

    @Test
    void aServiceProviderStartsATrialConvertsItAndUpgradesSeats() {
        String company = TestData.unique("Browser Trials");
        Person admin = adminOfNewPortal(PortalKind.SERVICE_PROVIDER, "Trial Bureau", "Tess", "Trial");
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, admin);
            browser.find("#topbar\\:nav-actions_button").click();
            browser.clickAndWait(browser.byText("span", "Start a trial"));
            browser.type("#newAccount\\:companyName", company);
            browser.type("#newAccount\\:adminFirstName", "Bea");
            browser.type("#newAccount\\:adminLastName", "Baker");
            browser.type("#newAccount\\:adminEmail", TestData.unique("bea") + "@test.example");
            clickLabel(browser, "Starter");
            seats(browser, "#newAccount\\:seats_input", "3");
            browser.screenshot("provisioning-01-trial-form");
            browser.clickAndWait(browser.find("#newAccount\\:create"));

            assertEquals("/portal/account.xhtml", browser.path());
            assertEquals(company, browser.text("#account-name"));
            assertTrue(browser.text("#account-status").contains("Trial"));

            browser.find("#subscriptionActions\\:change").click();
            browser.waitForAjax();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("changeForm:convert")));
            seats(browser, "#changeForm\\:seats_input", "4");
            browser.clickAndWait(browser.find("#changeForm\\:convert"));
            assertTrue(browser.text("#account-status").contains("Active"), browser.text("#plan"));
            assertTrue(browser.text("#sales").contains("NEW"), browser.text("#sales"));

            browser.find("#subscriptionActions\\:change").click();
            browser.waitForAjax();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("changeForm:upgrade")));
            seats(browser, "#changeForm\\:seats_input", "9");
            browser.clickAndWait(browser.find("#changeForm\\:upgrade"));
            assertTrue(browser.text("#sales").contains("UPGRADE"), browser.text("#sales"));
            assertTrue(browser.text("#plan").contains("9"), browser.text("#plan"));
            browser.screenshot("provisioning-02-upgraded");
        }
    }

    @Test
    void aChannelPartnerSubmitsAReferralThatTheOperatorWins() {
        String company = TestData.unique("Lead Logistics");
        Person partner = adminOfNewPortal(PortalKind.CHANNEL_PARTNER, "Lead Partners", "Lena", "Lead");
        Person operator = new Fixtures(deployment).operator("Otis", "Desk");
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, partner);
            browser.find("#topbar\\:nav-actions_button").click();
            browser.clickAndWait(browser.byText("span", "Submit a referral"));
            browser.type("#referral\\:company", company);
            browser.type("#referral\\:contactName", "Lee Lead");
            browser.type("#referral\\:contactEmail", TestData.unique("lee") + "@test.example");
            browser.find("#referral\\:submit").click();
            browser.waitForAjax();
            assertTrue(browser.text("#list").contains(company));
            browser.screenshot("provisioning-03-referral");
            browser.clickAndWait(browser.find("#topbar\\:logout"));

            signIn(browser, operator);
            browser.open("admin/referrals.xhtml");
            browser.driver().findElement(By.xpath("//tr[contains(., '" + company + "')]//button[contains(@id, ':win')]")).click();
            browser.waitForAjax();
            assertTrue(browser.text("#messages").contains("Won"), browser.text("#messages"));
            browser.screenshot("provisioning-04-won");
            browser.clickAndWait(browser.find("#topbar\\:logout"));

            signIn(browser, partner);
            browser.open("portal/referrals.xhtml");
            assertTrue(browser.text("#list").contains("Won"), browser.text("#list"));
            browser.open("portal/accounts.xhtml?q=" + company.substring(0, 12).replace(' ', '+'));
            assertTrue(browser.text("#accounts\\:table_data").contains(company));
        }
    }
}
