package org.switchboard.api.rest;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.web.ApiClient;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.Fixtures.Token;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Setup's API tokens over HTTP, as the portal's admin drives them: make, see once, use, revoke. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokensPagesIT {

    private static final Pattern SECRET = Pattern.compile("swb_[A-Za-z0-9_-]{43}");
    private static final String SETUP = "portal/setup.xhtml";

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    /** Asks for a new token in the dialog; answers the dialog's partial response. */
    private static Page make(WebClient admin, Page setup, String name, String scope, LocalDate lastDay) {
        admin.ajax(SETUP, setup, WebClient.ajaxAction("tokenActions:newToken", "tokenActions:newToken", "tokenForm"));
        Map<String, String> post = WebClient.ajaxAction("tokenForm:createToken", "tokenForm", "tokenForm tokensForm");
        post.put("tokenForm", "tokenForm");
        post.put("tokenForm:tokenName", name);
        if (scope != null) {
            post.put("tokenForm:scopes", scope);
        }
        post.put("tokenForm:lastDay_input", lastDay.toString());
        return admin.ajax(SETUP, setup, post);
    }

    /** Revokes the token with Setup's Revoke button, as its portal's admin. */
    static void revoke(WebClient admin, Token token) {
        Page setup = admin.open(SETUP);
        String hint = token.secret().substring(0, 10);
        int at = setup.body().indexOf(hint);
        assertTrue(at > 0, "the token is listed by its hint");
        Matcher button = Pattern.compile("tokensForm:table:(\\d+):revokeToken").matcher(setup.body());
        assertTrue(button.find(at), "the token has a Revoke button");
        String source = button.group();
        Page answer = admin.ajax(SETUP, setup, WebClient.ajaxAction(source, source, "tokensForm messages"));
        assertTrue(answer.contains("Token revoked"), answer.body());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void anAdminMakesATokenThatIsShownOnceAndWorks() {
        Portal portal = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Token Makers");
        Person admin = fixtures().portalAdmin(portal, "Tess", "Maker");
        fixtures().client(portal, "Token Client");
        WebClient browser = fixtures().signedIn(deployment, admin);
        Page setup = browser.open(SETUP);
        assertTrue(setup.contains("No API tokens yet."));

        Page made = make(browser, setup, "CRM sync", "ACCOUNTS_READ", today().plusDays(30));
        Matcher secret = SECRET.matcher(made.body());
        assertTrue(secret.find(), "the secret is shown: " + made.body());
        ApiClient api = new ApiClient(deployment, secret.group());
        assertEquals(200, api.get("clients").status());

        Page again = browser.open(SETUP);
        assertFalse(SECRET.matcher(again.body()).find(), "the secret is never shown again");
        assertTrue(again.contains("CRM sync"));
        assertTrue(again.contains(secret.group().substring(0, 10)), "listed by its hint");
        assertTrue(again.contains("accounts:read"));
        assertTrue(again.contains("from 127.0.0.1") || again.contains("from 0:0:0:0:0:0:0:1"), "where it was last used");
        assertTrue(again.contains("Working"));
    }

    @Test
    void revokingInSetupStopsTheTokenAndListsItAsRevoked() {
        Portal portal = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Token Revokers");
        Person admin = fixtures().portalAdmin(portal, "Rae", "Voke");
        Person otherAdmin = fixtures().portalAdmin(portal, "Otto", "Second");
        Token token = fixtures().apiToken(portal, admin);
        // Any of the portal's admins may revoke a token, whoever made it.
        WebClient second = fixtures().signedIn(deployment, otherAdmin);
        revoke(second, token);
        assertEquals(401, new ApiClient(deployment, token.secret()).get("clients").status());
        Page setup = second.open(SETUP);
        assertTrue(setup.contains("Revoked"));
        assertFalse(setup.body().contains("tokensForm:table:0:revokeToken"), "no Revoke for a revoked token");
    }

    @Test
    void aTokenWithoutScopeOrWithAnExpiryOutOfRangeIsRefusedWithAMessage() {
        Portal portal = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Token Mistakes");
        Person admin = fixtures().portalAdmin(portal, "Mia", "Stake");
        WebClient browser = fixtures().signedIn(deployment, admin);
        Page setup = browser.open(SETUP);
        Page noScope = make(browser, setup, "No scope", null, today().plusDays(30));
        assertTrue(noScope.contains("Choose at least one scope"), noScope.body());
        Page tooLong = make(browser, setup, "Forever", "ACCOUNTS_READ", today().plusYears(5));
        // The date picker holds the range itself; ApiTokens refuses it again (ApiTokensIT).
        assertTrue(tooLong.contains("Value must be between") || tooLong.contains("Choose an expiry date"), tooLong.body());
        Page noName = make(browser, setup, "  ", "ACCOUNTS_READ", today().plusDays(3));
        assertTrue(noName.contains("Give the token a name"), noName.body());
        assertFalse(SECRET.matcher(noScope.body() + tooLong.body() + noName.body()).find());
        assertEquals("0", fixtures().scalar("select count(t) from ApiToken t where t.portalId = " + portal.id()));
    }

    @Test
    void aPartnerUserCannotOpenTheTokens() {
        Portal portal = fixtures().portal(PortalKind.SERVICE_PROVIDER, "Token Partners");
        fixtures().portalAdmin(portal, "Ann", "Admin");
        Person partner = fixtures().partnerUser(portal, "Pat", "Partner");
        WebClient browser = fixtures().signedIn(deployment, partner);
        Page setup = browser.get(SETUP);
        assertTrue(setup.status() == 403 || setup.status() == 404, "status " + setup.status());
        assertFalse(setup.contains("API tokens"));
    }
}
