package org.switchboard.client.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.browser.Browser;
import org.switchboard.testsupport.browser.SelectMenu;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.SharingFixtures;
import org.switchboard.testsupport.web.WebClient;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: a company group's admin, in the group's hotels, finds a candidate the group's
 * restaurants share, copies it into one of the hotels' open jobs once (a second copy is refused),
 * and a search for "%" is only a search. The class builds its own group, brands, jobs and
 * candidates.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CandidateSharingBrowserIT {

    @ArquillianResource
    URL deployment;

    private static void signIn(Browser browser, Person person) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", person.email());
        browser.type("#login\\:password", Fixtures.PASSWORD);
        browser.clickAndWait(browser.find("#login\\:submit"));
    }

    private static void search(Browser browser, String text) {
        browser.type("#shared\\:q", text);
        browser.find("#shared\\:search").click();
        browser.waitForAjax();
    }

    private static void copyInto(Browser browser, String jobTitle) {
        SelectMenu.choose(browser, "profileForm:job", "li[data-label='" + jobTitle + "']");
        browser.find("#profileForm\\:copy").click();
        browser.waitForAjax();
    }

    private static void openFirstProfile(Browser browser) {
        browser.find("#shared\\:table\\:0\\:name").click();
        browser.waitForAjax();
        browser.find("#profile-name");
        // The dialog slides open: let it stand still before its menu is used.
        SelectMenu.settle(browser);
    }

    /** A group of two brands: the restaurants share their candidates, the hotels have open jobs to copy them into. */
    private record Group(Person admin, Client hotels, Client restaurants, String firstShared) {
    }

    private Group group() {
        Fixtures fixtures = new Fixtures(deployment);
        SharingFixtures sharing = new SharingFixtures(deployment);
        Portal group = fixtures.portal(PortalKind.COMPANY_GROUP, "Bellwether Group");
        Client hotels = fixtures.client(group, "Bellwether Hotels");
        Client restaurants = fixtures.client(group, "Bellwether Restaurants");
        Person admin = fixtures.joins(fixtures.portalAdmin(group, "Greta", "Grouper"), hotels, ClientRole.CLIENT_ADMIN);
        Person chef = fixtures.clientUser(restaurants, ClientRole.CLIENT_ADMIN, "Remy", "Roux");
        sharing.portalShares(group);
        sharing.clientShares(restaurants, chef);

        long lineCook = sharing.openJob(restaurants, chef, "Line cook");
        // Two names with the same start, so that the first row of a search by it is the alphabetically first.
        String first = TestData.unique("Rowan Ashby");
        sharing.candidate(restaurants, lineCook, chef, TestData.unique("Rowena Blake"));
        sharing.candidate(restaurants, lineCook, chef, first);
        sharing.candidate(restaurants, lineCook, chef, TestData.unique("Ula Stone"));
        sharing.openJob(hotels, admin, "Night porter");
        sharing.openJob(hotels, admin, "Concierge");
        return new Group(admin, hotels, restaurants, first);
    }

    @Test
    void aRecruiterCopiesASharedCandidateIntoAnOpenJobOnce() {
        Group group = group();
        String name = group.firstShared();
        String hotels = group.hotels().name();
        String restaurants = group.restaurants().name();
        try (Browser browser = new Browser(deployment)) {
            signIn(browser, group.admin());
            browser.switchTo(hotels);
            assertEquals("/client/dashboard.xhtml", browser.path());
            assertEquals(hotels, browser.text("#client-name"));

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
            assertEquals(restaurants, browser.text("#profile-source"));

            String job = SelectMenu.choose(browser, "profileForm:job", "li:nth-child(2)");
            browser.screenshot("sharing-03-profile");
            browser.find("#profileForm\\:copy").click();
            browser.waitForAjax();
            String copied = browser.text("#messages");
            assertTrue(copied.contains(name + " was copied to “" + job + "” from " + restaurants + "."), copied);
            browser.screenshot("sharing-04-copied");

            openFirstProfile(browser);
            copyInto(browser, job);
            String again = browser.text("#messages");
            assertTrue(again.contains(name + " is already a candidate for “" + job + "”; nothing was copied."), again);
            browser.screenshot("sharing-05-duplicate");

            String jobId = new WebClient(deployment).support("scalar", "jpql",
                    "select min(j.id) from Job j, Candidate c where j.client.id = " + group.hotels().id()
                            + " and c.job = j and c.fullName = '" + name + "' and c.copiedFromCandidateId is not null").strip();
            browser.open("client/candidates.xhtml?job=" + jobId);
            assertEquals(job, browser.text("#job-title"));
            assertTrue(browser.text("#pipeline\\:table").contains(name), browser.text("#pipeline\\:table"));
            browser.screenshot("sharing-06-job");
        }
    }
}
