package org.switchboard.platform.tenancy;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.identity.entity.ClientRole;
import org.switchboard.portal.entity.PortalKind;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.net.http.HttpHeaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The headers of every page of the WAR, signed in and out: another site cannot frame a page to
 * trick clicks out of a partner, a signed-in page is not kept in a shared browser's cache, and a
 * token in a page's URL is not passed on to other sites as the referrer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    @ArquillianResource
    URL deployment;

    private WebClient signedIn;

    @BeforeEach
    void aPortalAdminWhoIsAlsoAClientAdmin() {
        Fixtures fixtures = new Fixtures(deployment);
        Portal portal = fixtures.portal(PortalKind.CHANNEL_PARTNER, "Headers Bureau");
        Client client = fixtures.client(portal, "Headers Client");
        Person admin = fixtures.joins(fixtures.portalAdmin(portal, "Hedda", "Header"), client, ClientRole.CLIENT_ADMIN);
        signedIn = fixtures.signedIn(deployment, admin);
    }

    private static String header(HttpHeaders headers, String name) {
        return headers.firstValue(name).orElse("");
    }

    @Test
    void noPageCanBeFramedByAnotherSiteToHijackClicks() {
        for (WebClient browser : new WebClient[]{new WebClient(deployment), signedIn}) {
            for (String page : IsolationIT.pagesOfTheWar()) {
                // Signed out, a protected page is only the container's redirect to the login page
                // (nothing to click on): the page a browser shows, the login page, must refuse frames.
                Page answer = browser.get(page.substring(1));
                String shown = answer.status() == 302 ? java.net.URI.create(answer.location()).getPath() : page.substring(1);
                HttpHeaders headers = browser.headersOf(shown);
                assertEquals("DENY", header(headers, "X-Frame-Options"), page);
                assertEquals("nosniff", header(headers, "X-Content-Type-Options"), page);
            }
        }
        assertTrue(header(signedIn.headersOf("portal/welcome.xhtml"), "Content-Security-Policy").contains("frame-ancestors 'none'"));
    }

    @Test
    void thePagesHoldNoInlineScriptSoAScriptPolicyCanForbidThemAll() {
        // Ready for a script-src policy with nonces: the WAR's own pages carry no inline <script>
        // and no javascript: link (PrimeFaces' own scripts are its resources and widget calls).
        for (String path : new String[]{"portal/welcome.xhtml", "portal/accounts.xhtml", "client/dashboard.xhtml", "login.xhtml",
                "help/getting-started.xhtml"}) {
            WebClient browser = path.equals("login.xhtml") ? new WebClient(deployment) : signedIn;
            Page page = browser.get(path);
            assertEquals(200, page.status(), path);
            assertFalse(page.body().contains("javascript:"), path + " has a javascript: link");
            assertFalse(page.body().contains("// Back and Forward") || page.body().contains("// The visit's time left"),
                    path + " still carries an inline script of the WAR's own");
            String policy = header(browser.headersOf(path), "Content-Security-Policy");
            assertTrue(policy.contains("object-src 'none'") && policy.contains("base-uri 'self'")
                    && policy.contains("form-action 'self'"), policy);
        }
    }

    @Test
    void aSignedInPageIsNotKeptInTheBrowsersCache() {
        for (String page : IsolationIT.pagesOfTheWar()) {
            HttpHeaders headers = signedIn.headersOf(page.substring(1));
            assertTrue(header(headers, "Cache-Control").contains("no-store"), page + ": " + header(headers, "Cache-Control"));
        }
    }

    @Test
    void aTokenInAPagesAddressIsNotPassedOnAsTheReferrer() {
        for (String page : new String[]{"reset-password.xhtml?token=" + "x".repeat(43), "invitation.xhtml?token=" + "y".repeat(43),
                "login.xhtml"}) {
            HttpHeaders headers = new WebClient(deployment).headersOf(page);
            assertEquals("no-referrer", header(headers, "Referrer-Policy"), page);
            assertTrue(header(headers, "Cache-Control").contains("no-store"), page + " (a token page) is not cached either");
        }
    }

    @Test
    void overPlainHttpOnLoopbackNoStrictTransportSecurityIsSentButThePolicyHoldsTheSame() {
        // HSTS only means something on HTTPS (the filter sends it when the request is secure, e.g.
        // behind a TLS proxy that says so); over plain HTTP a browser must ignore it, so it is not sent.
        assertEquals("", header(new WebClient(deployment).headersOf("login.xhtml"), "Strict-Transport-Security"));
    }
}
