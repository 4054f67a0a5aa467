package org.switchboard.platform.tenancy;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenant isolation, proved page by page. The suite lists the application's pages itself, from the
 * web sources, so a new page without an access rule fails it; then it tries every page as an
 * outsider, as someone without the role, as a deactivated person, with another tenant's id in the
 * URL or the form, and after a partner visit has ended. Each must be refused and change nothing.
 * <p>
 * Demo data: Northwind Payroll Bureau (Sam, portal admin and a recruiter in Harbour Café; Pat, a
 * restricted partner user assigned Harbour Café and Maple Dental), Brightpath Partners (Cara), Lou
 * the client admin of Brightpath's Lumen Studios, Alex the client admin of Harbour Café.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IsolationIT {

    private static final String PASSWORD = "switchboard-demo";
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern ROW_LINK = Pattern.compile("account\\.xhtml\\?id=(\\d+)\"[^>]*>([^<]+)</a>");
    /** Names that belong to Northwind's tenants and must never show to anyone outside them. */
    private static final List<String> NORTHWIND_SECRETS = List.of("Harbour Café", "Harbour Caf&eacute;", "Northwind Payroll");

    @ArquillianResource
    URL deployment;

    private WebClient support;

    @BeforeEach
    void helpers() {
        support = new WebClient(deployment);
    }

    @AfterEach
    void resetClock() {
        support.support("reset-clock");
    }

    /** Every page of the WAR, as the servlet path a browser asks for. */
    static Set<String> pagesOfTheWar() {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + WEBAPP.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/") && !page.startsWith("/resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static Set<String> pagesWith(PageRule... rules) {
        Set<PageRule> wanted = Set.of(rules);
        return pagesOfTheWar().stream().filter(page -> wanted.contains(Pages.ruleFor(page).orElseThrow()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private WebClient signedIn(String email) {
        WebClient browser = new WebClient(deployment);
        Page answer = browser.login(email, PASSWORD);
        assertEquals(302, answer.status(), "login of " + email);
        return browser;
    }

    private static String path(String page) {
        return page.substring(1);
    }

    private String scalar(String jpql) {
        return support.support("scalar", "jpql", jpql);
    }

    private static String idOf(WebClient browser, String clientName) {
        Page page = browser.open("portal/accounts.xhtml?q=" + URLEncoder.encode(clientName, StandardCharsets.UTF_8));
        Matcher matcher = ROW_LINK.matcher(page.body());
        while (matcher.find()) {
            if (matcher.group(2).replace("&amp;", "&").equals(clientName)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError(clientName + " is not on the Accounts page");
    }

    private static void assertShowsNothingOfNorthwind(Page page, String what) {
        NORTHWIND_SECRETS.forEach(secret -> assertFalse(page.contains(secret), what + " shows " + secret));
    }

    private static void assertRefused(Page page, String what) {
        assertTrue(page.status() == 403 || page.status() == 404 || page.isRedirectTo("login.xhtml")
                        || page.isRedirectTo("accounts.xhtml"),
                what + " answered " + page.status() + " " + page.location());
    }

    @Test
    void everyPageOfTheWarHasAnAccessRuleAndEveryRuleAPage() {
        assertEquals(Pages.all().keySet(), pagesOfTheWar(), "pages of the WAR against Pages' rules");
        assertTrue(pagesOfTheWar().size() >= 15, "the suite finds the pages: " + pagesOfTheWar());
    }

    @Test
    void aPageWithoutARuleIsNotServed() {
        WebClient sam = signedIn("sam.north@northwind.example");
        assertEquals(404, sam.get("WEB-INF/errors/500.xhtml").status());
        assertEquals(404, sam.get("portal/no-such-page.xhtml").status());
    }

    @Test
    void signedOutNothingButThePublicPagesOpens() {
        WebClient anonymous = new WebClient(deployment);
        for (String page : pagesOfTheWar()) {
            Page answer = anonymous.get(path(page));
            if (Pages.ruleFor(page).orElseThrow() == PageRule.PUBLIC) {
                assertEquals(200, answer.status(), page);
            } else {
                assertRefused(answer, "signed out, " + page);
                assertShowsNothingOfNorthwind(answer, page);
            }
        }
    }

    @Test
    void anotherPortalsPeopleReachNothingOfThisPortalWhateverIdTheyPut() {
        WebClient sam = signedIn("sam.north@northwind.example");
        String harbour = idOf(sam, "Harbour Café");
        String samId = scalar("select u.id from User u where u.email = 'sam.north@northwind.example'");
        WebClient cara = signedIn("cara.bright@brightpath.example");

        for (String page : pagesOfTheWar()) {
            PageRule rule = Pages.ruleFor(page).orElseThrow();
            for (String query : List.of("", "?id=" + harbour, "?client=" + harbour + "&user=" + samId, "?id=C" + harbour)) {
                Page answer = cara.get(path(page) + query);
                String what = "Brightpath's admin at " + page + query;
                switch (rule) {
                    case PUBLIC, SIGNED_IN, PORTAL_MEMBER, PORTAL_ADMIN, CHANNEL_PARTNER -> {
                        if (page.equals("/portal/account.xhtml")) {
                            assertEquals(404, answer.status(), what);
                        } else {
                            assertTrue(answer.status() == 200 || answer.status() == 302, what + ": " + answer.status());
                        }
                    }
                    case CLIENT_MEMBER, CLIENT_SETTINGS -> assertEquals(404, answer.status(), what + " (no client of hers)");
                    case OPERATOR -> assertEquals(403, answer.status(), what);
                }
                assertShowsNothingOfNorthwind(answer, what);
            }
        }
    }

    @Test
    void anotherClientsPeopleReachNothingOfThisClient() {
        WebClient lou = signedIn("lou.lumen@lumenstudios.example");
        for (String page : pagesOfTheWar()) {
            Page answer = lou.get(path(page));
            PageRule rule = Pages.ruleFor(page).orElseThrow();
            if (rule == PageRule.PORTAL_MEMBER || rule == PageRule.PORTAL_ADMIN || rule == PageRule.CHANNEL_PARTNER) {
                assertEquals(404, answer.status(), "a client admin has no portal: " + page);
            } else if (rule == PageRule.OPERATOR) {
                assertEquals(403, answer.status(), page);
            }
            assertShowsNothingOfNorthwind(answer, "Lumen's admin at " + page);
        }
    }

    @Test
    void pagesThatNeedARoleRefuseThoseWithout() {
        WebClient pat = signedIn("pat.lee@northwind.example");
        for (String page : pagesWith(PageRule.PORTAL_ADMIN, PageRule.OPERATOR, PageRule.CHANNEL_PARTNER)) {
            assertEquals(403, pat.get(path(page)).status(), "a partner user at " + page);
        }
        WebClient sam = signedIn("sam.north@northwind.example");
        for (String page : pagesWith(PageRule.CLIENT_SETTINGS, PageRule.OPERATOR)) {
            assertEquals(403, sam.get(path(page)).status(), "a recruiter of Harbour Café at " + page);
        }
        for (String page : pagesWith(PageRule.CHANNEL_PARTNER)) {
            assertEquals(403, sam.get(path(page)).status(), "a service provider's admin at " + page);
        }
        WebClient alex = signedIn("alex.harbour@harbourcafe.example");
        String harbourJob = scalar("select min(j.id) from Job j where j.client.name = 'Harbour Café'");
        for (String page : pagesWith(PageRule.CLIENT_MEMBER, PageRule.CLIENT_SETTINGS)) {
            // The candidates page is a job's pipeline: it needs the job it shows.
            String query = page.equals("/client/candidates.xhtml") ? "?job=" + harbourJob : "";
            assertEquals(200, alex.get(path(page) + query).status(), "Harbour Café's admin at " + page);
        }
        String kestrelJob = scalar("select min(j.id) from Job j where j.client.name = 'Kestrel Logistics'");
        assertEquals(404, alex.get("client/candidates.xhtml?job=" + kestrelJob).status(), "another client's job");
        WebClient olivia = signedIn("olivia.ops@switchboard.example");
        for (String page : pagesWith(PageRule.OPERATOR)) {
            assertEquals(200, olivia.get(path(page)).status(), "the operator at " + page);
        }
    }

    @Test
    void aDeactivatedPersonIsSignedOutAtTheirNextRequestOnEveryPage() {
        // Gina is Acme Group's portal admin and Acme Hotels' client admin: both areas are tried.
        WebClient gina = signedIn("gina.acme@acme-group.example");
        assertEquals(200, gina.get("client/dashboard.xhtml").status());
        assertEquals(200, gina.get("portal/accounts.xhtml").status());
        try {
            support.support("deactivate", "email", "gina.acme@acme-group.example");
            for (String page : pagesOfTheWar()) {
                if (Pages.ruleFor(page).orElseThrow() != PageRule.PUBLIC) {
                    Page answer = gina.get(path(page));
                    assertRefused(answer, "deactivated, " + page);
                    assertFalse(answer.contains("Acme Hotels"), page);
                }
            }
        } finally {
            support.support("reactivate", "email", "gina.acme@acme-group.example");
        }
    }

    /** Pat, restricted and without a client of her own, signs in as herself to Harbour Café. */
    private WebClient patInHarbourCafe() {
        WebClient pat = signedIn("pat.lee@northwind.example");
        Page accounts = pat.open("portal/accounts.xhtml?q=Harbour");
        Page entered = pat.submit("portal/accounts.xhtml?q=Harbour", accounts, "accounts", Map.of(),
                "table:0:sign-in-as-me");
        assertTrue(entered.isRedirectTo("client/dashboard.xhtml"), "entered: " + entered.status() + " " + entered.location());
        return pat;
    }

    private Map<String, String> newJob(String title) {
        Map<String, String> post = WebClient.ajaxAction("jobForm:save", "jobForm", "jobForm jobs messages");
        post.put("jobForm", "jobForm");
        post.put("jobForm:title", title);
        post.put("jobForm:location", "Galway");
        post.put("jobForm:department", "Floor");
        return post;
    }

    private String jobsTitled(String title) {
        return scalar("select count(j) from Job j where j.title = '" + title + "'");
    }

    @Test
    void afterAVisitEndsNoPageOrPostOfTheClientGoesThrough() {
        WebClient pat = patInHarbourCafe();
        Page jobs = pat.get("client/jobs.xhtml");
        assertEquals(200, jobs.status());
        assertTrue(jobs.contains("Back to portal"));
        support.support("advance-clock", "minutes", "31");

        Page stale = pat.ajax("client/jobs.xhtml", jobs, newJob("Stale visit job"));
        assertTrue(stale.body().contains("<redirect") && stale.body().contains("visit=ended"),
                "an AJAX post after the visit ended is sent back to the portal: " + stale.body());
        assertEquals("0", jobsTitled("Stale visit job"), "and changes nothing");
        for (String page : pagesWith(PageRule.CLIENT_MEMBER, PageRule.CLIENT_SETTINGS)) {
            assertEquals(404, pat.get(path(page)).status(), "after the visit, " + page);
        }
        assertEquals("1", scalar("select count(s) from AccessSession s where s.realUserId = "
                + "(select u.id from User u where u.email = 'pat.lee@northwind.example') and s.endReason = "
                + "org.switchboard.access.entity.EndReason.IDLE"));
    }

    @Test
    void aPostFromAPageOfAnEndedVisitIsRefusedEvenWhereThePersonHasAccountsOfTheirOwn() {
        WebClient sam = signedIn("sam.north@northwind.example");
        Page accounts = sam.open("portal/accounts.xhtml?q=Summit");
        assertTrue(sam.submit("portal/accounts.xhtml?q=Summit", accounts, "accounts", Map.of(), "table:0:sign-in-as-me")
                .isRedirectTo("client/dashboard.xhtml"));
        Page jobs = sam.get("client/jobs.xhtml");
        assertTrue(jobs.contains("Summit Builders"));
        Page back = sam.submit("client/jobs.xhtml", jobs, "visitBanner", Map.of(), "back-to-portal");
        assertTrue(back.isRedirectTo("portal/accounts.xhtml"), "Back to portal: " + back.location());
        String refusalsBefore = scalar("select count(e) from AuditEvent e where e.type = "
                + "org.switchboard.audit.entity.AuditType.STALE_POST_REFUSED");

        // Sam is a recruiter of Harbour Café himself: the replayed post must not land there either.
        Page replay = sam.ajax("client/jobs.xhtml", jobs, newJob("Replayed into Harbour"));
        assertTrue(replay.body().contains("<redirect"), "refused with a reload: " + replay.body());
        assertEquals("0", jobsTitled("Replayed into Harbour"), "nothing created in either client");
        assertEquals(Long.parseLong(refusalsBefore) + 1, Long.parseLong(scalar("select count(e) from AuditEvent e "
                + "where e.type = org.switchboard.audit.entity.AuditType.STALE_POST_REFUSED")), "and it is audited");
    }

    @Test
    void aUserOfAnotherClientPostedInThePickerStartsNothing() {
        WebClient sam = signedIn("sam.north@northwind.example");
        String lou = scalar("select u.id from User u where u.email = 'lou.lumen@lumenstudios.example'");
        String refusals = "select count(e) from AuditEvent e where e.type = org.switchboard.audit.entity.AuditType.ACCESS_REFUSED";
        long refusedBefore = Long.parseLong(scalar(refusals));
        Page accounts = sam.open("portal/accounts.xhtml?q=Summit");
        Map<String, String> pick = WebClient.ajaxAction("accounts:table:0:sign-in-as-user",
                "accounts:table:0:sign-in-as-user", "signInAsUserForm");
        pick.put("accounts", "accounts");
        assertEquals(200, sam.ajax("portal/accounts.xhtml?q=Summit", accounts, pick).status());

        Map<String, String> start = WebClient.ajaxAction("signInAsUserForm:start", "signInAsUserForm",
                "signInAsUserForm messages");
        start.put("signInAsUserForm", "signInAsUserForm");
        start.put("signInAsUserForm:user_input", lou);
        start.put("signInAsUserForm:reason", "Curious");
        Page answer = sam.ajax("portal/accounts.xhtml?q=Summit", accounts, start);
        assertFalse(answer.body().contains("<redirect"), "no visit starts: " + answer.body());
        assertTrue(answer.contains("That user cannot be chosen."), answer.body());
        assertEquals(refusedBefore + 1, Long.parseLong(scalar(refusals)), "the tampered post is audited");
        assertEquals("0", scalar("select count(s) from AccessSession s where s.effectiveUserId = " + lou));
        assertEquals(200, sam.get("portal/accounts.xhtml").status(), "Sam is still in his portal");
        assertFalse(sam.get("portal/accounts.xhtml").contains("Back to portal"), "with no visit open");
    }
}
