package org.switchboard.identity.view;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.Smtp;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone signed in with a stolen password keeps working after the owner changed it: no more. A
 * password change or reset ends every other session of the login at its next request; the session
 * that changed it goes on; an operator's "Sign out everywhere" ends them all. And a person who must change a temporary password does nothing else first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionTakeoverIT {

    private static final Pattern RESET_LINK = Pattern.compile("/(reset-password\\.xhtml\\?token=[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures;
    private Person owner;

    @BeforeEach
    void anOwnerOfAPortal() {
        fixtures = new Fixtures(deployment);
        Portal portal = fixtures.portal(PortalKind.SERVICE_PROVIDER, "Takeover Bureau");
        owner = fixtures.portalAdmin(portal, "Olga", "Owner");
    }

    @Test
    void aSessionSignedInWithAStolenPasswordEndsWhenTheOwnerChangesIt() {
        WebClient attacker = fixtures.signedIn(deployment, owner);
        WebClient ownersBrowser = fixtures.signedIn(deployment, owner);
        assertEquals(200, attacker.get("portal/welcome.xhtml").status());

        Page form = ownersBrowser.open("change-password.xhtml");
        Page changed = ownersBrowser.submit("change-password.xhtml", form, "changePassword", Map.of(
                "currentPassword", Fixtures.PASSWORD, "newPassword", "only the owner knows this", "confirmation",
                "only the owner knows this"), "submit");
        assertTrue(changed.isRedirectTo("/home.xhtml"), "changed: " + changed.status());

        assertTrue(attacker.get("portal/welcome.xhtml").isRedirectTo("/login.xhtml"), "the attacker's session is over");
        assertTrue(attacker.get("portal/welcome.xhtml").isRedirectTo("/login.xhtml"), "and stays over");
        assertEquals(200, ownersBrowser.get("portal/welcome.xhtml").status(), "the owner's own session goes on");
    }

    @Test
    void aSessionSignedInWithAStolenPasswordEndsWhenTheOwnerResetsIt() throws Exception {
        WebClient attacker = fixtures.signedIn(deployment, owner);
        assertEquals(200, attacker.get("portal/welcome.xhtml").status());

        WebClient ownersBrowser = new WebClient(deployment);
        ownersBrowser.submit("forgot-password.xhtml", ownersBrowser.open("forgot-password.xhtml"), "forgot",
                Map.of("email", owner.email()), "send");
        String link = resetLinkMailedTo(owner.email());
        Page reset = ownersBrowser.submit(link, ownersBrowser.open(link), "resetPassword",
                Map.of("newPassword", "a reset only the owner knows", "confirmation", "a reset only the owner knows"), "submit");
        assertTrue(reset.status() == 200 || reset.status() == 302, "reset: " + reset.status());
        assertEquals(302, new WebClient(deployment).login(owner.email(), "a reset only the owner knows").status());

        assertTrue(attacker.get("portal/welcome.xhtml").isRedirectTo("/login.xhtml"), "the attacker's session is over");
    }

    /**
     * The owner cannot (or does not yet) change the password, but an operator learns the login is
     * in someone else's hands: "Sign out everywhere" ends every session of it at its next request.
     */
    @Test
    void anOperatorsSignOutEverywhereEndsEverySessionOfTheLoginAtItsNextRequest() {
        WebClient attacker = fixtures.signedIn(deployment, owner);
        WebClient ownersBrowser = fixtures.signedIn(deployment, owner);
        assertEquals(200, attacker.get("portal/welcome.xhtml").status());
        WebClient operator = fixtures.signedIn(deployment, fixtures.operator("Otto", "Perator"));

        Page found = operator.open("admin/people.xhtml?q=" + owner.email());
        assertTrue(found.contains(owner.email()), found.body());
        Map<String, String> signOut = WebClient.ajaxAction("people:table:0:signOut", "people:table:0:signOut",
                "people messages");
        signOut.put("people", "people");
        Page done = operator.ajax("admin/people.xhtml?q=" + owner.email(), found, signOut);
        assertTrue(done.contains("signed out everywhere"), done.body());

        assertTrue(attacker.get("portal/welcome.xhtml").isRedirectTo("/login.xhtml"), "the attacker's session is over");
        assertTrue(ownersBrowser.get("portal/welcome.xhtml").isRedirectTo("/login.xhtml"), "every session, the owner's too");
        WebClient again = fixtures.signedIn(deployment, owner);
        assertEquals(200, again.get("portal/welcome.xhtml").status(), "signing in again works");
        assertEquals(200, operator.get("admin/people.xhtml").status(), "the operator's own session goes on");
    }

    @Test
    void aPersonWhoMustChangeATemporaryPasswordCannotOpenAnInvitationFirst() {
        Portal portal = fixtures.portal(PortalKind.SERVICE_PROVIDER, "Temporary Bureau");
        Person newcomer = fixtures.joins(fixtures.personWhoMustChangePassword("Tem", "Porary"), portal, PortalRole.PARTNER_USER);
        WebClient browser = fixtures.signedIn(deployment, newcomer);

        for (String page : new String[]{"invitation.xhtml?token=" + "x".repeat(43), "help/getting-started.xhtml", "home.xhtml"}) {
            assertTrue(browser.get(page).isRedirectTo("/change-password.xhtml"), page);
        }
        assertEquals(200, browser.get("change-password.xhtml").status());
    }

    private static String resetLinkMailedTo(String email) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : smtp.getReceivedMessagesForDomain(email)) {
                Matcher link = RESET_LINK.matcher(String.valueOf(message.getContent()));
                if (link.find()) {
                    return link.group(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No reset link mailed to " + email);
    }
}
