package org.switchboard.platform.tenancy;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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

import java.net.URL;
import java.net.http.HttpHeaders;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Story: text an attacker got into a page (a name, a note) carries a script. Every page is sent
     * with a script policy naming its own fresh nonce, and every script the page itself holds
     * carries that nonce; an inline event handler or javascript: link would need 'unsafe-inline'
     * and is nowhere, so an injected script would not run.
     */
    @Test
    void anInjectedInlineScriptWouldNotRunBecauseEveryPageAllowsOnlyScriptsWithItsOwnNonce() {
        Pattern policyNonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'");
        Pattern scriptTag = Pattern.compile("<script\\b([^>]*)>");
        Pattern handler = Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);
        String previousNonce = null;
        for (WebClient browser : new WebClient[]{new WebClient(deployment), signedIn}) {
            for (String path : IsolationIT.pagesOfTheWar()) {
                Page page = browser.get(path.substring(1));
                if (page.status() != 200) {
                    continue;
                }
                String policies = String.join(", ", page.headers().allValues("Content-Security-Policy"));
                Matcher nonce = policyNonce.matcher(policies);
                assertTrue(nonce.find(), path + " has no script policy with a nonce: " + policies);
                assertTrue(policies.contains("object-src 'none'") && policies.contains("base-uri 'self'")
                        && policies.contains("form-action 'self'"), policies);
                assertFalse(nonce.group(1).equals(previousNonce), "a fresh nonce for every page");
                previousNonce = nonce.group(1);
                Matcher script = scriptTag.matcher(page.body());
                while (script.find()) {
                    String attributes = script.group(1);
                    assertTrue(attributes.contains(" src=") || attributes.contains("nonce=\"" + nonce.group(1) + "\""),
                            path + " holds an inline script without the page's nonce: <script" + attributes + ">");
                }
                Matcher inline = handler.matcher(page.body());
                assertFalse(inline.find(), path + " has an inline event handler: " + (inline.find(0) ? inline.group() : ""));
                assertFalse(page.body().contains("javascript:"), path + " has a javascript: link");
            }
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
