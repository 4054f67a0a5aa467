package org.switchboard.portal.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.browser.Browser;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: a bureau admin works the Accounts page (search, filter, sort, page, details, Back),
 * then opens a job in a client account she works in, records an application, and sees both on the
 * portal's Welcome page. Each test builds its own bureau, clients and admin.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsBrowserIT {

    /** One page of the Accounts table. */
    private static final int PAGE_SIZE = 25;
    private static final String[] WORDS = {"Almond", "Bramble", "Clover", "Damson", "Elder", "Fennel"};
    private static final String[] TRADES = {"Bakery", "Clinic", "Joinery", "Garage", "Studio"};

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    private static void signIn(Browser browser, Person person) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", person.email());
        browser.type("#login\\:password", Fixtures.PASSWORD);
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    private static List<String> names(Browser browser) {
        return browser.texts("#accounts\\:table_data a[id$='open']");
    }

    /** More clients than one page holds, a bakery for each word, of mixed statuses; answers their names. */
    private List<String> moreThanAPageOfClients(Portal bureau) {
        ClientStatus[] statuses = {ClientStatus.ACTIVE, ClientStatus.ACTIVE, ClientStatus.TRIAL, ClientStatus.PAST_DUE};
        List<String> names = new ArrayList<>();
        int n = 0;
        for (String word : WORDS) {
            for (String trade : TRADES) {
                names.add(fixtures().client(bureau, word + " " + trade, statuses[n++ % statuses.length]).name());
            }
        }
        return names;
    }

    @Test
    void searchFilterSortPageOpenDetailsAndGoBack() {
        Portal bureau = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Accounts Bureau");
        List<String> clients = moreThanAPageOfClients(bureau);
        String firstByName = clients.stream().min(Comparator.comparing(String::toLowerCase)).orElseThrow();
        Person admin = fixtures().portalAdmin(bureau, "Nora", "Quint");
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, admin);
            browser.clickAndWait(browser.find("#topbar\\:nav-accounts"));
            assertEquals(PAGE_SIZE, names(browser).size());
            assertEquals(firstByName, names(browser).get(0));

            browser.find("#accounts\\:q").sendKeys("bakery");
            browser.waitForAjax();
            waitUntil(browser, () -> names(browser).size() == WORDS.length
                    && names(browser).stream().allMatch(name -> name.contains(" Bakery")));
            assertTrue(browser.pathAndQuery().contains("q=bakery"), browser.pathAndQuery());
            browser.screenshot("accounts-01-search");

            browser.find("#accounts\\:q").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            browser.waitForAjax();
            waitUntil(browser, () -> names(browser).size() == PAGE_SIZE);

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
            assertEquals(clients.size() - PAGE_SIZE, pageTwo.size());

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
        Portal bureau = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Accounts Bureau");
        Client coffee = fixtures().client(bureau, "Quayside Coffee");
        // The bureau's admin is also a recruiter in one of its clients: the account switcher lists both.
        Person admin = fixtures().joins(fixtures().portalAdmin(bureau, "Nora", "Quint"), coffee, ClientRole.RECRUITER);
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, admin);
            browser.switchTo(coffee.name());
            browser.clickAndWait(browser.find("#topbar\\:nav-jobs"));

            browser.find("#jobs\\:new").click();
            browser.waitForAjax();
            browser.type("#jobForm\\:title", "Weekend barista");
            browser.type("#jobForm\\:location", "Quay front");
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

            browser.switchTo(bureau.name());
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
