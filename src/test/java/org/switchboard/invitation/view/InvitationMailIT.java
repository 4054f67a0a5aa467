package org.switchboard.invitation.view;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.web.Smtp;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The e-mails, end to end: GreenMail is a real SMTP server on 127.0.0.1:2525, where the server's
 * mail session sends. Each path follows the link in the message actually received.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationMailIT {

    private static final Pattern LINK = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/\\S*?)((invitation|reset-password)\\.xhtml\\?token=[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    @ArquillianResource
    URL deployment;

    private Map<String, String> world;

    @BeforeEach
    void newWorld() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        world = new HashMap<>();
        Arrays.stream(new WebClient(deployment).support("world").split("\n"))
                .map(line -> line.split("=", 2))
                .forEach(pair -> world.put(pair[0], pair[1]));
    }

    private WebClient signedIn(String email, String password) {
        WebClient browser = new WebClient(deployment);
        Page answer = browser.login(email, password);
        assertEquals(302, answer.status(), "login of " + email + ": " + answer.location());
        return browser;
    }

    /**
     * The e-mails that have arrived for one address, waiting up to 15 s for the first. Other tests'
     * messages may arrive meanwhile (the outbox retries what it could not send), so this waits for
     * this address, not for any message.
     */
    private MimeMessage[] mailTo(String email, long waitMillis) throws InterruptedException {
        long until = System.currentTimeMillis() + waitMillis;
        MimeMessage[] messages = smtp.getReceivedMessagesForDomain(email);
        while (messages.length == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            messages = smtp.getReceivedMessagesForDomain(email);
        }
        return messages;
    }

    /** The page a link in the one e-mail to this address opens, relative to the application. */
    private String linkMailedTo(String email) throws Exception {
        MimeMessage[] messages = mailTo(email, 15_000);
        assertEquals(1, messages.length, "one e-mail to " + email);
        Matcher matcher = LINK.matcher(String.valueOf(messages[0].getContent()));
        assertTrue(matcher.find(), "a link in: " + messages[0].getContent());
        return matcher.group(2);
    }

    private static Map<String, String> ajax(String source, String form) {
        Map<String, String> post = WebClient.ajaxAction(source, form, "@all");
        post.put(form, form);
        return post;
    }

    @Test
    void aPortalAdminInvitesAPersonWhoChoosesAPasswordFromTheEmailAndSignsIn() throws Exception {
        WebClient admin = signedIn(world.get("portalAdmin"), TestData.PASSWORD);
        Page setup = admin.open("portal/setup.xhtml");
        assertEquals(200, setup.status());
        String email = TestData.unique("joiner") + "@test.example";
        Map<String, String> add = ajax("addForm:save", "addForm");
        add.put("addForm:email", email);
        add.put("addForm:firstName", "Jo");
        add.put("addForm:lastName", "Iner");
        add.put("addForm:role_input", "PARTNER_USER");
        add.put("addForm:scope", "ALL");
        add.put("addForm:active_input", "on");
        add.put("addForm:access", "INVITE");
        add.put("addForm:welcome_input", "on");
        Page added = admin.ajax("portal/setup.xhtml", setup, add);
        assertTrue(added.contains("Invitation sent to " + email), added.body());

        String link = linkMailedTo(email);
        WebClient joiner = new WebClient(deployment);
        Page join = joiner.open(link);
        assertTrue(join.contains("You are invited to join"), join.body());
        Page joined = joiner.submit(link, join, "join", Map.of("password", "my own good passphrase",
                "confirmation", "my own good passphrase"), "submit");
        assertTrue(joined.isRedirectTo("login.xhtml"), joined.status() + " " + joined.location());

        WebClient signedIn = signedIn(email, "my own good passphrase");
        assertTrue(signedIn.open("portal/accounts.xhtml").contains(world.get("managed")), "sees the portal's clients");
        assertTrue(new WebClient(deployment).open(link).contains("already been accepted"), "the link works once");
    }

    @Test
    void aClientInvitesItsPartnerWhoMakesALoginAndAPortalFromTheEmail() throws Exception {
        WebClient clientAdmin = signedIn(world.get("independentAdmin"), TestData.PASSWORD);
        Page settings = clientAdmin.open("client/settings.xhtml");
        String own = ajaxInvite(clientAdmin, settings, world.get("independentAdmin"));
        assertTrue(own.contains("one of this account's own users"), "a client cannot invite its own users: " + own);
        assertEquals(0, mailTo(world.get("independentAdmin"), 1_500).length, "a refused invitation sends nothing");

        String partnerEmail = TestData.unique("partner") + "@test.example";
        assertTrue(ajaxInvite(clientAdmin, settings, partnerEmail).contains("Invitation sent to " + partnerEmail));
        String link = linkMailedTo(partnerEmail);

        WebClient partner = new WebClient(deployment);
        Page offer = partner.open(link);
        assertTrue(offer.contains("invites <strong>" + partnerEmail), offer.body());
        Page created = partner.submit(link, offer, "signup", Map.of("firstName", "Pat", "lastName", "Ner",
                "password", "partner passphrase ok", "confirmation", "partner passphrase ok"), "create");
        assertTrue(created.isRedirectTo("invitation.xhtml"), created.status() + " " + created.location());
        Page signedInOffer = partner.open(link);
        Map<String, String> accept = ajax("accept:submit", "accept");
        accept.put("accept:portal", "new");
        accept.put("accept:newPortalName", "Ner Payroll");
        accept.put("accept:newPortalKind_input", "SERVICE_PROVIDER");
        Page accepted = partner.ajax(link, signedInOffer, accept);
        assertTrue(accepted.contains("Done: " + world.get("independent") + " is now managed by Ner Payroll"), accepted.body());

        Page accounts = partner.open("portal/accounts.xhtml?q=" + world.get("independent"));
        assertTrue(accounts.contains(world.get("independent")), "the client is on the new portal's Accounts page");
        assertTrue(accounts.contains("Partner login not allowed by the client"), "until the client turns it on");
    }

    private String ajaxInvite(WebClient clientAdmin, Page settings, String email) {
        Map<String, String> invite = ajax("partnerLink:invite", "partnerLink");
        invite.put("partnerLink:partnerEmail", email);
        return clientAdmin.ajax("client/settings.xhtml", settings, invite).body();
    }

    @Test
    void forgottenPasswordsAreResetFromTheEmailAndUnknownAddressesLearnNothing() throws Exception {
        WebClient anonymous = new WebClient(deployment);
        Page unknown = anonymous.submit("forgot-password.xhtml", anonymous.open("forgot-password.xhtml"), "forgot",
                Map.of("email", "nobody-here@test.example"), "send");
        Page known = anonymous.submit("forgot-password.xhtml", anonymous.open("forgot-password.xhtml"), "forgot",
                Map.of("email", world.get("portalAdmin")), "send");
        String said = "If this address has a Switchboard login, a link to choose a new password is on its way.";
        assertTrue(unknown.contains(said) && known.contains(said), "the same answer either way");

        String link = linkMailedTo(world.get("portalAdmin"));
        assertEquals(0, smtp.getReceivedMessagesForDomain("nobody-here@test.example").length);
        Page form = anonymous.open(link);
        Page reset = anonymous.submit(link, form, "resetPassword", Map.of("newPassword", "a fresh passphrase",
                "confirmation", "a fresh passphrase"), "submit");
        assertTrue(reset.isRedirectTo("login.xhtml"), reset.status() + " " + reset.location());
        signedIn(world.get("portalAdmin"), "a fresh passphrase");
        assertTrue(anonymous.open(link).contains("expired or was already used"));
    }

    @Test
    void mailThatCannotBeSentWaitsForTheOperatorAndGoesOutWhenRetried() throws Exception {
        smtp.stop();
        try {
            WebClient anonymous = new WebClient(deployment);
            anonymous.submit("forgot-password.xhtml", anonymous.open("forgot-password.xhtml"), "forgot",
                    Map.of("email", world.get("managedAdmin")), "send");
            WebClient operator = signedIn("olivia.ops@switchboard.example", "switchboard-demo");
            Page mail = null;
            for (int i = 0; i < 40 && (mail == null || !mail.contains("ConnectException") && !mail.contains("Exception")); i++) {
                Thread.sleep(250);
                mail = operator.open("admin/mail.xhtml");
            }
            assertTrue(mail.contains(world.get("managedAdmin")), "the operator sees the stuck e-mail");
            assertTrue(mail.contains("Exception"), "with why it failed: " + mail.body());
        } finally {
            smtp.start();
        }
        WebClient operator = signedIn("olivia.ops@switchboard.example", "switchboard-demo");
        Page mail = operator.open("admin/mail.xhtml");
        // The row of that e-mail: its Try again button follows the recipient's cell.
        String fromRow = mail.body().substring(mail.body().indexOf(world.get("managedAdmin")));
        Matcher index = Pattern.compile("mail:table:(\\d+):retry").matcher(fromRow);
        assertTrue(index.find(), "a Try again button on the row");
        String rowIndex = index.group(1);
        Page retried = operator.ajax("admin/mail.xhtml", mail, ajax("mail:table:" + rowIndex + ":retry", "mail"));
        assertEquals(200, retried.status());
        assertEquals(1, mailTo(world.get("managedAdmin"), 15_000).length, "the retried e-mail goes out");
    }
}
