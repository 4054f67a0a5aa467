package org.switchboard.client.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchboard.testsupport.browser.Browser;
import org.switchboard.testsupport.web.WebClient;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: the Acme Group's admin, in Acme Hotels, finds a candidate Acme Restaurants shares,
 * copies it into one of Hotels' open jobs once (a second copy is refused), and a search for "%"
 * is only a search.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CandidateSharingBrowserIT {

    @ArquillianResource
    URL deployment;

    private static void signIn(Browser browser, String email) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", email);
        browser.type("#login\\:password", "switchboard-demo");
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    private static void search(Browser browser, String text) {
        browser.type("#shared\\:q", text);
        browser.find("#shared\\:search").click();
        browser.waitForAjax();
    }

    private static void copyInto(Browser browser, String jobTitle) {
        browser.find("#profileForm\\:job").click();
        browser.find("#profileForm\\:job_items li[data-label='" + jobTitle + "']").click();
        browser.find("#profileForm\\:copy").click();
        browser.waitForAjax();
    }

    private static void openFirstProfile(Browser browser) {
        browser.find("#shared\\:table\\:0\\:name").click();
        browser.waitForAjax();
        browser.find("#profile-name");
    }

    @Test
    void aRecruiterCopiesASharedCandidateIntoAnOpenJobOnce() {
        // The alphabetically first of the candidates Acme Restaurants shares: the first row of a search by its start.
        String name = new WebClient(deployment).support("scalar", "jpql",
                "select min(c.fullName) from Candidate c, ClientAccount a where c.clientId = a.id"
                        + " and a.name = 'Acme Restaurants'").strip();
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, "gina.acme@acme-group.example");
            browser.find("#topbar\\:switcher_button").click();
            browser.clickAndWait(new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(
                    ExpectedConditions.elementToBeClickable(By.xpath(
                            "//*[@id='topbar:switcher_menu']//a[contains(normalize-space(.), 'Acme Hotels')]"))));
            assertEquals("/client/dashboard.xhtml", browser.path());
            assertEquals("Acme Hotels", browser.text("#client-name"));

            browser.clickAndWait(browser.find("#topbar\\:nav-shared"));
            search(browser, "%");
            assertEquals("/client/shared-candidates.xhtml", browser.path());
            assertTrue(browser.text("#shared\\:table").contains("Type at least 2 letters of a name."),
                    browser.text("#shared\\:table"));
            search(browser, "%%");
            assertEquals("/client/shared-candidates.xhtml", browser.path(), "no error page");
            assertTrue(browser.text("#messages").contains("No shared candidate's name starts with “%%”."),
                    browser.text("#messages"));
            assertTrue(browser.text("#shared\\:table").contains("No shared candidates match."), "LIKE's % is taken literally");
            browser.screenshot("sharing-01-percent");

            search(browser, name.substring(0, 3));
            String first = browser.text("#shared\\:table\\:0\\:name");
            assertEquals(name, first, browser.text("#shared\\:table"));
            browser.screenshot("sharing-02-results");
            openFirstProfile(browser);
            assertEquals(name, browser.text("#profile-name"));
            assertEquals("Acme Restaurants", browser.text("#profile-source"));

            browser.find("#profileForm\\:job").click();
            WebElement option = browser.find("#profileForm\\:job_items li:nth-child(2)");
            String job = option.getAttribute("data-label");
            option.click();
            browser.screenshot("sharing-03-profile");
            browser.find("#profileForm\\:copy").click();
            browser.waitForAjax();
            String copied = browser.text("#messages");
            assertTrue(copied.contains(name + " was copied to “" + job + "” from Acme Restaurants."), copied);
            browser.screenshot("sharing-04-copied");

            openFirstProfile(browser);
            copyInto(browser, job);
            String again = browser.text("#messages");
            assertTrue(again.contains(name + " is already a candidate for “" + job + "”; nothing was copied."), again);
            browser.screenshot("sharing-05-duplicate");

            String jobId = new WebClient(deployment).support("scalar", "jpql",
                    "select min(j.id) from Job j, ClientAccount a, Candidate c where j.client = a and a.name = 'Acme Hotels'"
                            + " and c.job = j and c.fullName = '" + name + "' and c.copiedFromCandidateId is not null").strip();
            browser.open("client/candidates.xhtml?job=" + jobId);
            assertEquals(job, browser.text("#job-title"));
            assertTrue(browser.text("#pipeline\\:table").contains(name), browser.text("#pipeline\\:table"));
            browser.screenshot("sharing-06-job");
        }
    }
}
