package org.switchboard.portal.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.switchboard.testsupport.browser.Browser;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium, with the demo data: a bureau admin works the Accounts page (search, filter, sort,
 * page, details, Back), then opens a job in a client account, records an application, and sees
 * both on the portal's Welcome page.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsBrowserIT {

    @ArquillianResource
    URL deployment;

    private static void signIn(Browser browser) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", "sam.north@northwind.example");
        browser.type("#login\\:password", "switchboard-demo");
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    private static List<String> names(Browser browser) {
        return browser.texts("#accounts\\:table_data a[id$='open']");
    }

    @Test
    void searchFilterSortPageOpenDetailsAndGoBack() {
        try (Browser browser = new Browser(deployment)) {
            signIn(browser);
            browser.clickAndWait(browser.find("#topbar\\:nav-accounts"));
            assertEquals(25, names(browser).size());
            assertEquals("Aurora Bakery", names(browser).get(0));

            browser.find("#accounts\\:q").sendKeys("bakery");
            browser.waitForAjax();
            waitUntil(browser, () -> names(browser).stream().allMatch(name -> name.endsWith("Bakery")));
            assertTrue(browser.pathAndQuery().contains("q=bakery"), browser.pathAndQuery());
            browser.screenshot("accounts-01-search");

            browser.find("#accounts\\:q").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            browser.waitForAjax();
            waitUntil(browser, () -> names(browser).size() == 25);

            browser.find("#accounts\\:table\\:sort-open-jobs").click();
            browser.waitForAjax();
            assertTrue(browser.pathAndQuery().contains("sort=open-jobs&order=desc"), browser.pathAndQuery());
            browser.screenshot("accounts-02-sorted");

            browser.driver().findElement(org.openqa.selenium.By.xpath(
                    "//*[@id='accounts:table_paginator_bottom']//*[contains(@class,'ui-paginator-page') and normalize-space(.)='2']"))
                    .click();
            browser.waitForAjax();
            assertTrue(browser.pathAndQuery().contains("page=2"), browser.pathAndQuery());
            List<String> pageTwo = names(browser);
            assertEquals(15, pageTwo.size());

            browser.clickAndWait(browser.byText("a", pageTwo.get(0)));
            assertEquals("/portal/account.xhtml", browser.path());
            assertEquals(pageTwo.get(0), browser.text("#account-name"));
            browser.screenshot("accounts-03-details");

            browser.back();
            browser.waitForAjax();
            assertTrue(browser.pathAndQuery().contains("page=2"), browser.pathAndQuery());
            assertEquals(pageTwo, names(browser), "Back returns to the same page of the same order");
        }
    }

    @Test
    void aJobOpenedAndAnApplicationShowUpOnTheWelcomePage() {
        try (Browser browser = new Browser(deployment)) {
            signIn(browser);
            browser.switchTo("Harbour Café");
            browser.clickAndWait(browser.find("#topbar\\:nav-jobs"));

            browser.find("#jobs\\:new").click();
            browser.waitForAjax();
            browser.type("#jobForm\\:title", "Weekend barista");
            browser.type("#jobForm\\:location", "Harbour front");
            browser.find("#jobForm\\:save").click();
            browser.waitForAjax();
            browser.screenshot("workspace-01-job-opened");

            browser.clickAndWait(browser.byText("a", "Weekend barista"));
            assertEquals("Weekend barista", browser.text("#job-title"));
            browser.type("#apply\\:fullName", "Maya Lopez");
            browser.type("#apply\\:email", "maya.lopez@mail.example");
            browser.find("#apply\\:submit").click();
            browser.waitForAjax();
            waitUntil(browser, () -> browser.texts("#pipeline\\:table_data td").contains("Maya Lopez"));
            browser.screenshot("workspace-02-application");

            browser.switchTo("Northwind Payroll Bureau");
            assertEquals("/portal/welcome.xhtml", browser.path());
            String activity = browser.text("#welcome\\:activity");
            assertTrue(activity.contains("Maya Lopez applied to “Weekend barista”"), activity);
            assertTrue(browser.text("#welcome\\:jobs").contains("Weekend barista"));
            browser.screenshot("workspace-03-welcome");
        }
    }

    private static void waitUntil(Browser browser, java.util.function.BooleanSupplier condition) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(driver -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException timedOut) {
            browser.screenshot("failed-wait");
            throw new AssertionError("Timed out at " + browser.pathAndQuery() + " showing " + names(browser), timedOut);
        }
    }
}
