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
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;
import org.switchboard.testsupport.web.Smtp;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The e-mails, end to end: GreenMail is a real SMTP server on 127.0.0.1:2525, where the server's
 * mail session sends. Each path follows the link in the message actually received. Each test builds
 * its own portal, clients and people, and reads only the e-mail addressed to them: other classes
 * send mail to the same server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationMailIT {

    private static final Pattern LINK = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/\\S*?)((invitation|reset-password)\\.xhtml\\?token=[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures;

    /** A verified portal with its admin and a managed client with its admin. */
    private record Provider(Portal portal, Person admin, Client managed, Person managedAdmin) {
    }

    /** A client of no portal, with its admin. */
    private record Independent(Client client, Person admin) {
    }

    @BeforeEach
    void newFixtures() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        fixtures = new Fixtures(deployment);
    }

    private Provider provider() {
        Portal portal = fixtures.portal(PortalKind.SERVICE_PROVIDER, "Fernhill Payroll");
        Client managed = fixtures.client(portal, "Copperleaf Studio");
        return new Provider(portal, fixtures.portalAdmin(portal, "Petra", "Fern"), managed,
                fixtures.clientUser(managed, ClientRole.CLIENT_ADMIN, "Milo", "Copper"));
    }

    private Independent independent() {
        Client client = fixtures.client(null, "Stonegate Print");
        return new Independent(client, fixtures.clientUser(client, ClientRole.CLIENT_ADMIN, "Iris", "Stone"));
    }

    private WebClient signedIn(Person person) {
        return signedIn(person.email(), Fixtures.PASSWORD);
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
        Provider provider = provider();
        WebClient admin = signedIn(provider.admin());
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
        assertTrue(signedIn.open("portal/accounts.xhtml").contains(provider.managed().name()), "sees the portal's clients");
        assertTrue(new WebClient(deployment).open(link).contains("already been accepted"), "the link works once");
    }

    @Test
    void aPortalAdminAddsSomeoneWhoHasALoginWhoJoinsOnlyByAcceptingSignedInAsThemselves() throws Exception {
        Provider provider = provider();
        Person elsewhere = fixtures.person("Ellis", "Where");
        WebClient admin = signedIn(provider.admin());
        Page setup = admin.open("portal/setup.xhtml");
        Map<String, String> add = ajax("addForm:save", "addForm");
        add.put("addForm:email", elsewhere.email());
        add.put("addForm:firstName", "Any");
        add.put("addForm:lastName", "Name");
        add.put("addForm:role_input", "PARTNER_USER");
        add.put("addForm:scope", "ALL");
        add.put("addForm:active_input", "on");
        add.put("addForm:access", "PASSWORD");
        add.put("addForm:temporaryPassword", "a temporary password 1");
        add.put("addForm:welcome_input", "on");
        Page added = admin.ajax("portal/setup.xhtml", setup, add);
        assertTrue(added.contains("Invitation sent to " + elsewhere.email()), added.body());
        assertFalse(added.contains("already had a Switchboard login"), "nothing said of the login");

        String link = linkMailedTo(elsewhere.email());
        WebClient person = signedIn(elsewhere);
        assertFalse(person.open("portal/accounts.xhtml").contains(provider.managed().name()), "not a member before accepting");
        Page offer = person.open(link);
        assertTrue(offer.contains("Petra Fern") && offer.contains(provider.portal().name()), offer.body());
        Page accepted = person.ajax(link, offer, ajax("answer:accept", "answer"));
        assertTrue(accepted.contains("you have joined " + provider.portal().name()), accepted.body());
        assertTrue(person.open("portal/accounts.xhtml").contains(provider.managed().name()), "a member now");
        assertTrue(new WebClient(deployment).open(link).contains("already been accepted"), "the link works once");
    }

    @Test
    void aClientInvitesItsPartnerWhoMakesALoginAndAPortalFromTheEmail() throws Exception {
        Independent independent = independent();
        WebClient clientAdmin = signedIn(independent.admin());
        Page settings = clientAdmin.open("client/settings.xhtml");
        String own = ajaxInvite(clientAdmin, settings, independent.admin().email());
        assertTrue(own.contains("one of this account's own users"), "a client cannot invite its own users: " + own);
        assertEquals(0, mailTo(independent.admin().email(), 1_500).length, "a refused invitation sends nothing");

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
        String newPortal = TestData.unique("Ner Payroll");
        accept.put("accept:newPortalName", newPortal);
        accept.put("accept:newPortalKind_input", "SERVICE_PROVIDER");
        Page accepted = partner.ajax(link, signedInOffer, accept);
        assertTrue(accepted.contains("Done: " + independent.client().name() + " is now managed by " + newPortal), accepted.body());

        Page accounts = partner.open("portal/accounts.xhtml?q="
                + URLEncoder.encode(independent.client().name(), StandardCharsets.UTF_8));
        assertTrue(accounts.contains(independent.client().name()), "the client is on the new portal's Accounts page");
        assertTrue(accounts.contains("Partner login not allowed by the client"), "until the client turns it on");
    }

    private String ajaxInvite(WebClient clientAdmin, Page settings, String email) {
        Map<String, String> invite = ajax("partnerLink:invite", "partnerLink");
        invite.put("partnerLink:partnerEmail", email);
        return clientAdmin.ajax("client/settings.xhtml", settings, invite).body();
    }

    @Test
    void forgottenPasswordsAreResetFromTheEmailAndUnknownAddressesLearnNothing() throws Exception {
        Person forgetful = provider().admin();
        String nobody = TestData.unique("nobody-here") + "@test.example";
        WebClient anonymous = new WebClient(deployment);
        Page unknown = anonymous.submit("forgot-password.xhtml", anonymous.open("forgot-password.xhtml"), "forgot",
                Map.of("email", nobody), "send");
        Page known = anonymous.submit("forgot-password.xhtml", anonymous.open("forgot-password.xhtml"), "forgot",
                Map.of("email", forgetful.email()), "send");
        String said = "If this address has a Switchboard login, a link to choose a new password is on its way.";
        assertTrue(unknown.contains(said) && known.contains(said), "the same answer either way");

        String link = linkMailedTo(forgetful.email());
        assertEquals(0, smtp.getReceivedMessagesForDomain(nobody).length);
        Page form = anonymous.open(link);
        Page reset = anonymous.submit(link, form, "resetPassword", Map.of("newPassword", "a fresh passphrase",
                "confirmation", "a fresh passphrase"), "submit");
        assertTrue(reset.isRedirectTo("login.xhtml"), reset.status() + " " + reset.location());
        signedIn(forgetful.email(), "a fresh passphrase");
        assertTrue(anonymous.open(link).contains("expired or was already used"));
    }

    /**
     * The row of the Mail page that holds the e-mail to this address, from its recipient's cell on,
     * or null while there is none: the page lists every unsent e-mail, other classes' too.
     */
    private static String rowOf(Page mail, String recipient) {
        int at = mail.body().indexOf(recipient);
        if (at < 0) {
            return null;
        }
        int end = mail.body().indexOf("</tr>", at);
        return mail.body().substring(at, end < 0 ? mail.body().length() : end);
    }

    @Test
    void mailThatCannotBeSentWaitsForTheOperatorAndGoesOutWhenRetried() throws Exception {
        Person stuck = provider().managedAdmin();
        Person operatorPerson = fixtures.operator("Opal", "Outbox");
        smtp.stop();
        try {
            WebClient anonymous = new WebClient(deployment);
            anonymous.submit("forgot-password.xhtml", anonymous.open("forgot-password.xhtml"), "forgot",
                    Map.of("email", stuck.email()), "send");
            WebClient operator = signedIn(operatorPerson);
            String row = null;
            for (int i = 0; i < 40 && (row == null || !row.contains("Exception")); i++) {
                Thread.sleep(250);
                row = rowOf(operator.open("admin/mail.xhtml"), stuck.email());
            }
            assertTrue(row != null, "the operator sees the stuck e-mail");
            assertTrue(row.contains("Exception"), "with why it failed: " + row);
        } finally {
            smtp.start();
        }
        WebClient operator = signedIn(operatorPerson);
        Page mail = operator.open("admin/mail.xhtml");
        // The row of that e-mail: its Try again button follows the recipient's cell.
        String fromRow = rowOf(mail, stuck.email());
        assertTrue(fromRow != null, "the stuck e-mail is still on the page");
        Matcher index = Pattern.compile("mail:table:(\\d+):retry").matcher(fromRow);
        assertTrue(index.find(), "a Try again button on the row");
        String rowIndex = index.group(1);
        Page retried = operator.ajax("admin/mail.xhtml", mail, ajax("mail:table:" + rowIndex + ":retry", "mail"));
        assertEquals(200, retried.status());
        assertEquals(1, mailTo(stuck.email(), 15_000).length, "the retried e-mail goes out");
    }
}
