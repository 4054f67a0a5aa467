package org.switchboard.platform.tenancy;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
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
 * The class builds its own tenants once (see {@link World}): a service provider with its admin Quinn (a
 * recruiter in its client Quay himself) and Rene (a restricted partner user assigned Quay and
 * Birch), a channel partner with its admin Cleo and its client Lumen (admin Lou), Quay's admin
 * Ari, a company group whose admin Gale also runs its client Hotels, and an operator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IsolationIT {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern ROW_LINK = Pattern.compile("account\\.xhtml\\?id=(\\d+)\"[^>]*>([^<]+)</a>");

    @ArquillianResource
    URL deployment;

    private WebClient support;

    /** The tenants of this class, built once: the tests only read them or put back what they change. */
    private static World world;

    record World(Portal provider, Client quay, Client birch, Client summit, Person quinn, Person rene, Person ari,
                 Portal beacon, Client lumen, Person cleo, Person lou, Client wren, Person kit,
                 Portal corvid, Client hotels, Person gale, Person odile, String quayJob, String wrenJob) {

        /** Names that belong to the service provider's tenants and must never show to anyone outside them. */
        List<String> providerSecrets() {
            return List.of(quay.name(), provider.name());
        }
    }

    @BeforeEach
    void helpers() {
        support = new WebClient(deployment);
        if (world == null) {
            world = build(new Fixtures(deployment));
        }
    }

    private World build(Fixtures fixtures) {
        Portal provider = fixtures.portal(PortalKind.SERVICE_PROVIDER, "Quayside Bureau");
        Client quay = fixtures.client(provider, "Quay");
        Client birch = fixtures.client(provider, "Birch");
        Client summit = fixtures.client(provider, "Summit");
        Person quinn = fixtures.joins(fixtures.portalAdmin(provider, "Quinn", "Ashby"), quay, ClientRole.RECRUITER);
        Person rene = fixtures.assignedPartnerUser(provider, "Rene", "Park", true, quay, birch);
        Person ari = fixtures.clientUser(quay, ClientRole.CLIENT_ADMIN, "Ari", "Hale");
        Portal beacon = fixtures.portal(PortalKind.CHANNEL_PARTNER, "Beacon");
        Client lumen = fixtures.client(beacon, "Lumen");
        Person cleo = fixtures.portalAdmin(beacon, "Cleo", "Brand");
        Person lou = fixtures.clientUser(lumen, ClientRole.CLIENT_ADMIN, "Lars", "Lund");
        Client wren = fixtures.client(null, "Wren");
        Person kit = fixtures.clientUser(wren, ClientRole.CLIENT_ADMIN, "Kit", "Kerr");
        Portal corvid = fixtures.portal(PortalKind.COMPANY_GROUP, "Corvid Group");
        Client hotels = fixtures.client(corvid, "Hotels");
        Person gale = fixtures.joins(fixtures.portalAdmin(corvid, "Gale", "Corvid"), hotels, ClientRole.CLIENT_ADMIN);
        Person odile = fixtures.operator("Odile", "Orr");
        return new World(provider, quay, birch, summit, quinn, rene, ari, beacon, lumen, cleo, lou, wren, kit,
                corvid, hotels, gale, odile, jobOf(fixtures, ari), jobOf(fixtures, kit));
    }

    /** A job the client's admin opens on the Jobs page, as the product makes them; answers its id. */
    private String jobOf(Fixtures fixtures, Person admin) {
        WebClient browser = fixtures.signedIn(deployment, admin);
        String title = "Job of " + admin.email();
        Page saved = browser.ajax("client/jobs.xhtml", browser.open("client/jobs.xhtml"), newJob(title));
        assertEquals(200, saved.status(), saved.body());
        return fixtures.scalar("select j.id from Job j where j.title = '" + title + "'");
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

    private WebClient signedIn(Person person) {
        WebClient browser = new WebClient(deployment);
        Page answer = browser.login(person.email(), Fixtures.PASSWORD);
        assertEquals(302, answer.status(), "login of " + person.email());
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

    private static void assertShowsNothingOfTheProvider(Page page, String what) {
        world.providerSecrets().forEach(secret -> assertFalse(page.contains(secret), what + " shows " + secret));
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
        WebClient quinn = signedIn(world.quinn());
        assertEquals(404, quinn.get("WEB-INF/errors/500.xhtml").status());
        assertEquals(404, quinn.get("portal/no-such-page.xhtml").status());
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
                assertShowsNothingOfTheProvider(answer, page);
            }
        }
    }

    @Test
    void anotherPortalsPeopleReachNothingOfThisPortalWhateverIdTheyPut() {
        WebClient quinn = signedIn(world.quinn());
        String quay = idOf(quinn, world.quay().name());
        String quinnId = String.valueOf(world.quinn().id());
        WebClient cleo = signedIn(world.cleo());

        for (String page : pagesOfTheWar()) {
            PageRule rule = Pages.ruleFor(page).orElseThrow();
            for (String query : List.of("", "?id=" + quay, "?client=" + quay + "&user=" + quinnId, "?id=C" + quay)) {
                Page answer = cleo.get(path(page) + query);
                String what = "Beacon's admin at " + page + query;
                switch (rule) {
                    case PUBLIC, SIGNED_IN, PORTAL_MEMBER, PORTAL_ADMIN, CHANNEL_PARTNER -> {
                        // Pages of one thing of the portal's, named by id: none of hers is a 404.
                        if (page.equals("/portal/account.xhtml") || page.equals("/portal/webhook.xhtml")) {
                            assertEquals(404, answer.status(), what);
                        } else {
                            assertTrue(answer.status() == 200 || answer.status() == 302, what + ": " + answer.status());
                        }
                    }
                    case CLIENT_MEMBER, CLIENT_SETTINGS -> assertEquals(404, answer.status(), what + " (no client of hers)");
                    case OPERATOR -> assertEquals(403, answer.status(), what);
                }
                assertShowsNothingOfTheProvider(answer, what);
            }
        }
    }

    @Test
    void anotherClientsPeopleReachNothingOfThisClient() {
        WebClient lou = signedIn(world.lou());
        for (String page : pagesOfTheWar()) {
            Page answer = lou.get(path(page));
            PageRule rule = Pages.ruleFor(page).orElseThrow();
            if (rule == PageRule.PORTAL_MEMBER || rule == PageRule.PORTAL_ADMIN || rule == PageRule.CHANNEL_PARTNER) {
                assertEquals(404, answer.status(), "a client admin has no portal: " + page);
            } else if (rule == PageRule.OPERATOR) {
                assertEquals(403, answer.status(), page);
            }
            assertShowsNothingOfTheProvider(answer, "Lumen's admin at " + page);
        }
    }

    @Test
    void pagesThatNeedARoleRefuseThoseWithout() {
        WebClient rene = signedIn(world.rene());
        for (String page : pagesWith(PageRule.PORTAL_ADMIN, PageRule.OPERATOR, PageRule.CHANNEL_PARTNER)) {
            assertEquals(403, rene.get(path(page)).status(), "a partner user at " + page);
        }
        WebClient quinn = signedIn(world.quinn());
        for (String page : pagesWith(PageRule.CLIENT_SETTINGS, PageRule.OPERATOR)) {
            assertEquals(403, quinn.get(path(page)).status(), "a recruiter of Quay at " + page);
        }
        for (String page : pagesWith(PageRule.CHANNEL_PARTNER)) {
            assertEquals(403, quinn.get(path(page)).status(), "a service provider's admin at " + page);
        }
        WebClient ari = signedIn(world.ari());
        for (String page : pagesWith(PageRule.CLIENT_MEMBER, PageRule.CLIENT_SETTINGS)) {
            // The candidates page is a job's pipeline: it needs the job it shows.
            String query = page.equals("/client/candidates.xhtml") ? "?job=" + world.quayJob() : "";
            assertEquals(200, ari.get(path(page) + query).status(), "Quay's admin at " + page);
        }
        assertEquals(404, ari.get("client/candidates.xhtml?job=" + world.wrenJob()).status(), "another client's job");
        WebClient odile = signedIn(world.odile());
        for (String page : pagesWith(PageRule.OPERATOR)) {
            assertEquals(200, odile.get(path(page)).status(), "the operator at " + page);
        }
    }

    @Test
    void aDeactivatedPersonIsSignedOutAtTheirNextRequestOnEveryPage() {
        // Gale is Corvid Group's portal admin and its client Hotels' admin: both areas are tried.
        WebClient gale = signedIn(world.gale());
        assertEquals(200, gale.get("client/dashboard.xhtml").status());
        assertEquals(200, gale.get("portal/accounts.xhtml").status());
        try {
            support.support("deactivate", "email", world.gale().email());
            for (String page : pagesOfTheWar()) {
                if (Pages.ruleFor(page).orElseThrow() != PageRule.PUBLIC) {
                    Page answer = gale.get(path(page));
                    assertRefused(answer, "deactivated, " + page);
                    assertFalse(answer.contains(world.hotels().name()), page);
                }
            }
        } finally {
            support.support("reactivate", "email", world.gale().email());
        }
    }

    /** Rene, restricted and without a client of her own, signs in as herself to Quay. */
    private WebClient reneInQuay() {
        WebClient rene = signedIn(world.rene());
        String search = "portal/accounts.xhtml?q=" + URLEncoder.encode(world.quay().name(), StandardCharsets.UTF_8);
        Page accounts = rene.open(search);
        Page entered = rene.submit(search, accounts, "accounts", Map.of(),
                "table:0:sign-in-as-me");
        assertTrue(entered.isRedirectTo("client/dashboard.xhtml"), "entered: " + entered.status() + " " + entered.location());
        return rene;
    }

    private static String summitSearch() {
        return "portal/accounts.xhtml?q=" + URLEncoder.encode(world.summit().name(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> newJob(String title) {
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
        WebClient rene = reneInQuay();
        Page jobs = rene.get("client/jobs.xhtml");
        assertEquals(200, jobs.status());
        assertTrue(jobs.contains("Back to portal"));
        support.support("advance-clock", "minutes", "31");

        Page stale = rene.ajax("client/jobs.xhtml", jobs, newJob("Stale visit job"));
        assertTrue(stale.body().contains("<redirect") && stale.body().contains("visit=ended"),
                "an AJAX post after the visit ended is sent back to the portal: " + stale.body());
        assertEquals("0", jobsTitled("Stale visit job"), "and changes nothing");
        for (String page : pagesWith(PageRule.CLIENT_MEMBER, PageRule.CLIENT_SETTINGS)) {
            assertEquals(404, rene.get(path(page)).status(), "after the visit, " + page);
        }
        assertEquals("1", scalar("select count(s) from AccessSession s where s.realUserId = "
                + world.rene().id() + " and s.endReason = "
                + "org.switchboard.platform.tenancy.EndReason.IDLE"));
    }

    @Test
    void aPostFromAPageOfAnEndedVisitIsRefusedEvenWhereThePersonHasAccountsOfTheirOwn() {
        WebClient quinn = signedIn(world.quinn());
        String search = summitSearch();
        Page accounts = quinn.open(search);
        assertTrue(quinn.submit(search, accounts, "accounts", Map.of(), "table:0:sign-in-as-me")
                .isRedirectTo("client/dashboard.xhtml"));
        Page jobs = quinn.get("client/jobs.xhtml");
        assertTrue(jobs.contains(world.summit().name()));
        Page back = quinn.submit("client/jobs.xhtml", jobs, "visitBanner", Map.of(), "back-to-portal");
        assertTrue(back.isRedirectTo("portal/accounts.xhtml"), "Back to portal: " + back.location());
        String refusalsBefore = scalar("select count(e) from AuditEvent e where e.type = "
                + "org.switchboard.audit.entity.AuditType.STALE_POST_REFUSED");

        // Quinn is a recruiter of Quay himself: the replayed post must not land there either.
        Page replay = quinn.ajax("client/jobs.xhtml", jobs, newJob("Replayed into Quay"));
        assertTrue(replay.body().contains("<redirect"), "refused with a reload: " + replay.body());
        assertEquals("0", jobsTitled("Replayed into Quay"), "nothing created in either client");
        assertEquals(Long.parseLong(refusalsBefore) + 1, Long.parseLong(scalar("select count(e) from AuditEvent e "
                + "where e.type = org.switchboard.audit.entity.AuditType.STALE_POST_REFUSED")), "and it is audited");
    }

    @Test
    void aUserOfAnotherClientPostedInThePickerStartsNothing() {
        WebClient quinn = signedIn(world.quinn());
        String lou = String.valueOf(world.lou().id());
        String refusals = "select count(e) from AuditEvent e where e.type = org.switchboard.audit.entity.AuditType.ACCESS_REFUSED";
        long refusedBefore = Long.parseLong(scalar(refusals));
        String search = summitSearch();
        Page accounts = quinn.open(search);
        Map<String, String> pick = WebClient.ajaxAction("accounts:table:0:sign-in-as-user",
                "accounts:table:0:sign-in-as-user", "signInAsUserForm");
        pick.put("accounts", "accounts");
        assertEquals(200, quinn.ajax(search, accounts, pick).status());

        Map<String, String> start = WebClient.ajaxAction("signInAsUserForm:start", "signInAsUserForm",
                "signInAsUserForm messages");
        start.put("signInAsUserForm", "signInAsUserForm");
        start.put("signInAsUserForm:user_input", lou);
        start.put("signInAsUserForm:reason", "Curious");
        Page answer = quinn.ajax(search, accounts, start);
        assertFalse(answer.body().contains("<redirect"), "no visit starts: " + answer.body());
        assertTrue(answer.contains("That user cannot be chosen."), answer.body());
        assertEquals(refusedBefore + 1, Long.parseLong(scalar(refusals)), "the tampered post is audited");
        assertEquals("0", scalar("select count(s) from AccessSession s where s.effectiveUserId = " + lou));
        assertEquals(200, quinn.get("portal/accounts.xhtml").status(), "Quinn is still in his portal");
        assertFalse(quinn.get("portal/accounts.xhtml").contains("Back to portal"), "with no visit open");
    }
}
