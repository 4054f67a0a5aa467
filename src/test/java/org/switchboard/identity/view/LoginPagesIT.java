package org.switchboard.identity.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The login, password and access rules as a person meets them over HTTP, against the shipped WAR.
 * No JavaScript: plain form posts. The class builds its own people: Sam, the admin of a bureau with
 * three clients who is a client admin of one of them himself; each test that spends a login (locks it,
 * changes its password) gets a person of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginPagesIT {

    private static final String PASSWORD = Fixtures.PASSWORD;
    private static final String INVALID = "The e-mail address or password is not right.";

    @ArquillianResource
    URL deployment;

    private WebClient browser;
    private Fixtures fixtures;

    /** Built once for the class: the tests only sign in as Sam, none changes him. */
    private static Portal bureau;
    private static Client quay;
    private static String quinn;

    @BeforeEach
    void newBrowser() {
        browser = new WebClient(deployment);
        fixtures = new Fixtures(deployment);
        if (quinn == null) {
            bureau = fixtures.portal(PortalKind.SERVICE_PROVIDER, "Quayside Bureau");
            quay = fixtures.client(bureau, "Quay");
            fixtures.client(bureau, "Maple");
            fixtures.client(bureau, "Summit");
            quinn = fixtures.joins(fixtures.portalAdmin(bureau, "Quinn", "Ashby"), quay, ClientRole.CLIENT_ADMIN).email();
        }
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() {
        for (String page : new String[]{"", "home.xhtml", "portal/welcome.xhtml", "client/dashboard.xhtml",
                "admin/portals.xhtml", "change-password.xhtml"}) {
            assertTrue(browser.get(page).isRedirectTo("/login.xhtml"), page);
        }
    }

    @Test
    void loginRenewsTheSessionIdAndLandsOnThePortalsWelcomePage() {
        Page loginPage = browser.open("login.xhtml");
        String before = browser.sessionId().orElseThrow();

        Page answer = browser.submit("login.xhtml", loginPage, "login", Map.of("email", "  " + quinn.toUpperCase(Locale.ROOT) + " ",
                "password", PASSWORD), "submit");

        assertTrue(answer.isRedirectTo("/home.xhtml"), "status " + answer.status());
        assertNotEquals(before, browser.sessionId().orElseThrow(), "the session id changes at login");
        Page welcome = browser.open("home.xhtml");
        assertEquals(200, welcome.status());
        assertTrue(welcome.contains(bureau.name()));
        assertTrue(welcome.contains("id=\"clients-total\">3<"), "the bureau's three clients");
    }

    @Test
    void aPersonSentToLoginFromAPageReturnsToThatPage() {
        assertTrue(browser.get("client/dashboard.xhtml").isRedirectTo("/login.xhtml"));
        Page answer = browser.login(quinn, PASSWORD);
        assertTrue(answer.isRedirectTo("/client/dashboard.xhtml"), "back where they were going");
        Page dashboard = browser.open("client/dashboard.xhtml");
        assertTrue(dashboard.contains(quay.name()));
    }

    @Test
    void aFailedLoginLeavesProtectedPagesProtected() {
        browser.login(quinn, "not the password");
        assertTrue(browser.get("portal/welcome.xhtml").isRedirectTo("/login.xhtml"));
        assertTrue(browser.open("login.xhtml").contains("Sign in"));
    }

    @Test
    void logoutEndsTheSession() {
        browser.login(quinn, PASSWORD);
        Page welcome = browser.open("portal/welcome.xhtml");
        assertEquals(200, welcome.status());

        Page loggedOut = browser.submit("portal/welcome.xhtml", welcome, "topbar", Map.of(), "logout");

        assertTrue(loggedOut.isRedirectTo("/login.xhtml"));
        assertTrue(browser.get("portal/welcome.xhtml").isRedirectTo("/login.xhtml"));
    }

    @Test
    void unknownPeopleAndWrongPasswordsGetTheSameMessage() {
        Page wrongPassword = browser.login(quinn, "not the password");
        Page unknown = browser.login("nobody-at-all-" + UUID.randomUUID() + "@test.example", PASSWORD);
        assertEquals(200, wrongPassword.status());
        assertTrue(wrongPassword.contains(INVALID));
        assertTrue(unknown.contains(INVALID));
    }

    @Test
    void badInputGetsAClearMessageOnTheForm() {
        Page empty = browser.login("", "");
        assertTrue(empty.contains("Enter your e-mail address."));
        assertTrue(empty.contains("Enter your password."));

        Page malformed = browser.login("not an address", PASSWORD);
        assertTrue(malformed.contains("Enter a valid e-mail address."));

        Page overLong = browser.login("a".repeat(300) + "@test.example", "x".repeat(10_000));
        assertEquals(200, overLong.status());
        // Both the length and the shape rule refuse it; the form shows whichever Bean Validation reports first.
        assertTrue(overLong.contains("An e-mail address has at most 254 characters.")
                || overLong.contains("Enter a valid e-mail address."));
        assertTrue(overLong.contains("A password has at most 200 characters."));
        assertFalse(overLong.contains("Caused by") || overLong.contains("\tat org."), "no stack trace");
    }

    /**
     * Story: an attacker tries addresses until the answer changes to "this login is locked", which
     * only a real login ever said. A held-back login, an unknown e-mail and a wrong password now
     * get one answer; the owner hears of the hold by e-mail (see SignInAbuseIT).
     */
    @Test
    void aLoginHeldBackAfterWrongPasswordsAnswersLikeAnUnknownOneSoNoLoginIsRevealed() {
        String kit = fixtures.clientUser(fixtures.client(null, "Wren"), ClientRole.CLIENT_ADMIN, "Kit", "Kerr").email();
        String nobody = "nobody-" + UUID.randomUUID() + "@test.example";
        for (int attempt = 1; attempt <= 6; attempt++) {
            Page real = browser.login(kit, "wrong password " + attempt);
            Page unknown = browser.login(nobody, "wrong password " + attempt);
            assertTrue(real.contains(INVALID) && unknown.contains(INVALID), "attempt " + attempt);
            assertFalse(real.contains("locked") || real.contains("Try again in"), "attempt " + attempt + " tells: " + real.body());
        }

        Page rightPasswordWhileHeldBack = browser.login(kit, PASSWORD);
        assertTrue(rightPasswordWhileHeldBack.contains(INVALID), "the same answer, even to the right password");
        assertTrue(browser.get("portal/welcome.xhtml").isRedirectTo("/login.xhtml"), "and no way in from here for now");
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElse() {
        String noor = fixtures.joins(fixtures.personWhoMustChangePassword("Noor", "Nash"), bureau, PortalRole.PARTNER_USER).email();
        browser.login(noor, PASSWORD);
        assertTrue(browser.get("portal/welcome.xhtml").isRedirectTo("/change-password.xhtml"));
        Page form = browser.open("change-password.xhtml");
        assertTrue(form.contains("Choose your own before you continue."));

        Page tooShort = browser.submit("change-password.xhtml", form, "changePassword",
                Map.of("currentPassword", PASSWORD, "newPassword", "short", "confirmation", "short"), "submit");
        assertTrue(tooShort.contains("Use between 12 and 200 characters."));
        Page mismatch = browser.submit("change-password.xhtml", tooShort, "changePassword",
                Map.of("currentPassword", PASSWORD, "newPassword", "a brand new secret", "confirmation", "another one entirely"), "submit");
        assertTrue(mismatch.contains("The two new passwords differ."));
        assertTrue(browser.get("portal/welcome.xhtml").isRedirectTo("/change-password.xhtml"), "nothing changed");

        Page changed = browser.submit("change-password.xhtml", mismatch, "changePassword",
                Map.of("currentPassword", PASSWORD, "newPassword", "a brand new secret", "confirmation", "a brand new secret"), "submit");
        assertTrue(changed.isRedirectTo("/home.xhtml"));
        assertEquals(200, browser.open("portal/welcome.xhtml").status());

        WebClient later = new WebClient(deployment);
        later.login(noor, "a brand new secret");
        assertEquals(200, later.open("portal/welcome.xhtml").status());
    }

    @Test
    void pagesOfAnAreaNeedMembershipThereAndTheConsoleNeedsAnOperator() {
        browser.login(fixtures.clientUser(quay, ClientRole.CLIENT_ADMIN, "Ari", "Hale").email(), PASSWORD);
        assertEquals(200, browser.open("client/dashboard.xhtml").status());
        assertEquals(404, browser.get("portal/welcome.xhtml").status(), "a client admin has no portal");
        assertEquals(403, browser.get("admin/portals.xhtml").status());

        WebClient operator = new WebClient(deployment);
        // Named to sort first among the pending portals on the console's first page (by name).
        Portal pending = fixtures.pendingPortal(PortalKind.SERVICE_PROVIDER, "0 Sunrise HR");
        operator.login(fixtures.operator("Odile", "Orr").email(), PASSWORD);
        Page console = operator.open("admin/portals.xhtml");
        assertEquals(200, console.status());
        assertTrue(console.contains(pending.name()), "the portal waiting to be verified");
        assertEquals(404, operator.get("portal/welcome.xhtml").status());
    }

    @Test
    void errorPagesShowNoStackTrace() {
        browser.login(quinn, PASSWORD);
        Page missing = browser.get("portal/no-such-page.xhtml");
        assertEquals(404, missing.status());
        assertTrue(missing.contains("Page not found"));
        assertFalse(missing.contains("Caused by") || missing.contains("\tat org."), "no stack trace");
    }
}
