package org.switchboard.support.boundary;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.access.boundary.PartnerAccess;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.client.entity.ActivityEvent;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.mail.MailMessage;
import org.switchboard.platform.tenancy.Visit;
import org.switchboard.support.control.AttachmentCheck;
import org.switchboard.support.entity.CaseAttachment;
import org.switchboard.support.entity.CasePriority;
import org.switchboard.support.entity.CaseStatus;
import org.switchboard.support.entity.SupportCase;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Mailbox;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Support cases: who sees and writes which cases, reopening, the checks on files, nothing
 * half-saved, and (over HTTP, with GreenMail as the SMTP server) the mail each side gets once a
 * message has committed.
 */
@ExtendWith(ArquillianExtension.class)
class SupportCasesIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final String SUPPORT = "support@switchboard.example";

    @ArquillianResource
    URL deployment;

    @Inject
    SupportCases cases;

    @Inject
    PartnerAccess access;

    @Inject
    org.switchboard.testsupport.Visits visits;

    @Inject
    TestData data;

    private record Client(Portal portal, ClientAccount account, User admin) {
    }

    private Client client(Portal portal) {
        ClientAccount account = data.client(portal, ClientStatus.ACTIVE);
        User admin = data.person();
        data.member(admin, account, ClientRole.CLIENT_ADMIN);
        return new Client(portal, account, admin);
    }

    private long open(Client client, String subject, Upload file) {
        return cases.open(client.account().getId(), client.admin().getId(), client.admin().getId(),
                new CaseForm(subject, "What happened, in detail.", CasePriority.HIGH), file);
    }

    private User portalPerson(Portal portal, PortalRole role) {
        User user = data.person();
        data.member(user, portal, role);
        return user;
    }

    /** The rule a refused call broke, however the container wrapped it. */
    private static Throwable refusal(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException refused) {
            Throwable cause = refused;
            while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        }
        return fail("expected a refusal");
    }

    private List<MailMessage> mailAbout(String subject) {
        return data.all(MailMessage.class, "e.subject like ?1", "%" + subject);
    }

    @Test
    void aClientSeesOnlyItsOwnCasesAndAPortalOnlyItsClientsWithinThePersonsScope() {
        Portal provider = data.portal(PortalKind.SERVICE_PROVIDER);
        Client opener = client(provider);
        Client sibling = client(provider);
        Client elsewhere = client(data.portal(PortalKind.CHANNEL_PARTNER));
        long openerCase = open(opener, TestData.unique("Payroll export fails"), null);
        long elsewhereCase = open(elsewhere, TestData.unique("Cannot log in"), null);

        assertEquals(List.of(openerCase), cases.casesOf(opener.account().getId(), opener.admin().getId(), 0, 20).stream()
                .map(CaseRow::id).toList());
        assertEquals(0, cases.countOf(sibling.account().getId(), sibling.admin().getId()));
        assertTrue(refusal(() -> cases.view(opener.account().getId(), elsewhereCase, opener.admin().getId()))
                instanceof NotFound, "another account's case is not found from inside this one");
        assertTrue(refusal(() -> cases.view(elsewhere.account().getId(), elsewhereCase, opener.admin().getId()))
                instanceof NotPermitted, "nor read in an account the person is no member of");
        assertTrue(refusal(() -> cases.download(opener.account().getId(), elsewhereCase, 1, opener.admin().getId()))
                instanceof NotFound);

        User providerAdmin = portalPerson(provider, PortalRole.PORTAL_ADMIN);
        long portalId = provider.getId();
        assertEquals(List.of(openerCase), cases.casesOfPortalClient(portalId, providerAdmin.getId(), opener.account().getId(), 20)
                .stream().map(CaseRow::id).toList());
        assertEquals(List.of(), cases.casesOfPortalClient(portalId, providerAdmin.getId(), elsewhere.account().getId(), 20),
                "another portal's client's cases");
        assertEquals(1, cases.openCasesInPortal(portalId, providerAdmin.getId()));
        User assignedToSibling = data.person();
        data.memberOfAssigned(assignedToSibling, provider, sibling.account());
        assertEquals(0, cases.openCasesInPortal(portalId, assignedToSibling.getId()), "only the clients assigned to them");
        assertEquals(List.of(), cases.casesOfPortalClient(portalId, assignedToSibling.getId(), opener.account().getId(), 20));
        assertEquals(0, cases.openCasesInPortal(portalId, data.person().getId()), "no member of the portal");

        data.supportCaseStatus(openerCase, CaseStatus.SOLVED);
        assertEquals(0, cases.openCasesInPortal(portalId, providerAdmin.getId()), "solved cases are not open");
    }

    @Test
    void adminsAndPartnersOnAVisitWriteWhileTheAccountsOtherPeopleOnlyRead() {
        Portal provider = data.portal(PortalKind.SERVICE_PROVIDER);
        Client opener = client(provider);
        long caseId = open(opener, TestData.unique("Rota"), null);
        User recruiter = data.person();
        data.member(recruiter, opener.account(), ClientRole.RECRUITER);
        long client = opener.account().getId();

        assertEquals(1, cases.casesOf(client, recruiter.getId(), 0, 20).size(), "a recruiter reads the cases");
        assertFalse(cases.mayWrite(client, recruiter.getId()));
        assertTrue(refusal(() -> cases.reply(client, caseId, recruiter.getId(), recruiter.getId(), "Me too", null))
                instanceof NotPermitted);
        assertTrue(refusal(() -> cases.open(client, recruiter.getId(), recruiter.getId(),
                new CaseForm("Mine", "Details", CasePriority.LOW), null)) instanceof NotPermitted);

        User partner = portalPerson(provider, PortalRole.PORTAL_ADMIN);
        assertTrue(refusal(() -> cases.casesOf(client, partner.getId(), 0, 20)) instanceof NotPermitted,
                "a partner outside a visit is no member of the account");
        Visit visit = visits.enter(access.startAsSelf(provider.getId(), partner.getId(), client, Optional.empty(),
                "portal/welcome.xhtml"), partner.getId());
        String subject = TestData.unique("Opened on a visit");
        long opened = cases.open(client, partner.getId(), partner.getId(), new CaseForm(subject, "For the client",
                CasePriority.URGENT), null);
        SupportCase made = data.all(SupportCase.class, "e.id = ?1", opened).get(0);
        assertEquals(partner.getId(), made.getOpenedBy(), "the partner answers for it and gets support's answers");
        assertEquals(List.of(SUPPORT), mailAbout(subject).stream().map(MailMessage::getRecipient).toList());
        assertEquals(1, data.all(ActivityEvent.class, "e.clientId = ?1 and e.summary like ?2", client, "%" + subject + "%")
                .size(), "the opening is in the account's activity");
    }

    @Test
    void aReplyToASolvedCaseReopensItAndIsMailedToSupport() {
        Client opener = client(data.portal(PortalKind.SERVICE_PROVIDER));
        String subject = TestData.unique("Invoices");
        long caseId = open(opener, subject, null);
        long client = opener.account().getId();
        long admin = opener.admin().getId();

        assertFalse(cases.reply(client, caseId, admin, admin, "Any news?", null).reopened());
        assertEquals(CaseStatus.OPEN, cases.view(client, caseId, admin).row().status());

        data.supportCaseStatus(caseId, CaseStatus.WAITING_ON_CUSTOMER);
        cases.reply(client, caseId, admin, admin, "Here is the export you asked for.", null);
        assertEquals(CaseStatus.IN_PROGRESS, cases.view(client, caseId, admin).row().status(), "the ball is back with support");

        data.supportCaseStatus(caseId, CaseStatus.SOLVED);
        assertTrue(cases.reply(client, caseId, admin, admin, "It happened again.", null).reopened());
        CaseView view = cases.view(client, caseId, admin);
        assertEquals(CaseStatus.OPEN, view.row().status());
        assertEquals(List.of("Any news?", "Here is the export you asked for.", "It happened again."),
                view.thread().stream().map(CaseView.Entry::body).toList());
        assertEquals(4, mailAbout(subject).stream().filter(mail -> mail.getRecipient().equals(SUPPORT)).count(),
                "the opening and each reply went to support");
    }

    @Test
    void aRefusedFileOrTextSavesNothingAndAGoodFileIsKeptWithItsCase() {
        Client opener = client(data.portal(PortalKind.SERVICE_PROVIDER));
        long client = opener.account().getId();
        long admin = opener.admin().getId();
        Map<String, Upload> refused = Map.of(
                "larger than 10 MB", new Upload("scan.png", "image/png", Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1)),
                "is empty", new Upload("empty.png", "image/png", new byte[0]),
                "not a file type", new Upload("setup.exe", "application/octet-stream", PNG),
                "not the kind of file", new Upload("invoice.pdf", "application/pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        String subject = TestData.unique("With a file");
        refused.forEach((why, upload) -> {
            Throwable refusal = refusal(() -> open(opener, subject, upload));
            assertTrue(refusal instanceof Refused && refusal.getMessage().contains(why), why + ": " + refusal);
        });
        assertTrue(refusal(() -> cases.open(client, admin, admin, new CaseForm(" ", "x", CasePriority.LOW), null))
                instanceof jakarta.validation.ConstraintViolationException, "an empty subject");
        assertTrue(refusal(() -> cases.open(client, admin, admin, new CaseForm(subject, "x".repeat(5001), CasePriority.LOW),
                null)) instanceof jakarta.validation.ConstraintViolationException, "a too-long description");
        assertEquals(0, cases.countOf(client, admin), "no case was half-saved");
        assertEquals(List.of(), mailAbout(subject), "and nothing was mailed");

        long caseId = open(opener, subject, new Upload("C:\\shots\\screen.png", "image/png", PNG));
        assertTrue(refusal(() -> cases.reply(client, caseId, admin, admin, "", null))
                instanceof jakarta.validation.ConstraintViolationException, "an empty reply");
        assertTrue(refusal(() -> cases.reply(client, caseId, admin, admin, "See the page",
                new Upload("page.html", "text/html", "<p>".getBytes(StandardCharsets.UTF_8)))) instanceof Refused);
        CaseView view = cases.view(client, caseId, admin);
        assertEquals(List.of(), view.thread(), "the reply with a refused file was not kept either");
        assertEquals(List.of("screen.png"), view.attachments().stream().map(CaseView.File::fileName).toList());
        Download download = cases.download(client, caseId, view.attachments().get(0).id(), admin);
        assertEquals("image/png", download.contentType());
        assertArrayEquals(PNG, download.content());
        assertEquals(1, data.all(CaseAttachment.class, "e.caseId = ?1", caseId).size());
    }

    @Test
    void aCaseStopsTakingFilesAtTwentySoRepliesCannotPileUpUnboundedAttachments() {
        Client opener = client(data.portal(PortalKind.SERVICE_PROVIDER));
        long client = opener.account().getId();
        long admin = opener.admin().getId();
        long caseId = open(opener, TestData.unique("Many files"), new Upload("shot-1.png", "image/png", PNG));
        for (int i = 2; i <= AttachmentCheck.MAX_FILES_PER_CASE; i++) {
            cases.reply(client, caseId, admin, admin, "Another one", new Upload("shot-" + i + ".png", "image/png", PNG));
        }

        Throwable refusal = refusal(() -> cases.reply(client, caseId, admin, admin, "One more",
                new Upload("shot-21.png", "image/png", PNG)));
        assertTrue(refusal instanceof Refused && refusal.getMessage().contains("already holds 20 files"), String.valueOf(refusal));
        assertEquals(AttachmentCheck.MAX_FILES_PER_CASE, cases.view(client, caseId, admin).attachments().size());
        assertEquals(AttachmentCheck.MAX_FILES_PER_CASE - 1, cases.view(client, caseId, admin).thread().size(),
                "the refused reply was not kept without its file");
        cases.reply(client, caseId, admin, admin, "Without a file it still goes", null);
    }

    /**
     * The e-mails, end to end over HTTP: GreenMail is the SMTP server the application sends to. The
     * support address is shared by every class's cases, so its mail is told apart by the case's
     * unique subject.
     */
    @Test
    @RunAsClient
    void theOperatorsAnswerIsMailedToTheOpenerAndTheClientsReplyToSupport() throws Exception {
        // Locals only: the class is loaded in the server too, where GreenMail and the client-side builders are not deployed.
        try (Mailbox smtp = Mailbox.start()) {
            Fixtures fixtures = new Fixtures(deployment);
            Fixtures.Client client = fixtures.client(fixtures.portal(PortalKind.SERVICE_PROVIDER, "Kiln Payroll"), "Mosaic Tiles");
            Fixtures.Person opener = fixtures.clientUser(client, ClientRole.CLIENT_ADMIN, "Otis", "Opener");
            Fixtures.Person operator = fixtures.operator("Sade", "Support");
            WebClient clientAdmin = fixtures.signedIn(deployment, opener);
            Page support = clientAdmin.open("client/support.xhtml");
            assertEquals(200, support.status(), support.body());
            String subject = TestData.unique("Exports stuck");
            Page opened = clientAdmin.submit("client/support.xhtml", support, "openCase", Map.of(
                    "subject", subject, "description", "Since Monday.", "priority_input", "URGENT"), "submit");
            assertEquals(302, opened.status(), opened.body());
            Matcher caseId = Pattern.compile("case=(\\d+)").matcher(opened.location());
            assertTrue(caseId.find(), opened.location());
            assertTrue(smtp.textTo(SUPPORT, subject).contains("Since Monday."), "the new case reached support");

            WebClient desk = fixtures.signedIn(deployment, operator);
            Page cases = desk.open("admin/support.xhtml");
            assertTrue(cases.contains(subject), "the operator sees every client's case");
            // The desk lists every class's cases: open this one by its link, the last one before its subject.
            Matcher links = Pattern.compile("desk:table:\\d+:show")
                    .matcher(cases.body().substring(0, cases.body().indexOf(subject)));
            String link = null;
            while (links.find()) {
                link = links.group();
            }
            assertTrue(link != null, "a link to the case on the desk");
            Map<String, String> show = WebClient.ajaxAction(link, link, "@all");
            show.put("desk", "desk");
            assertTrue(desk.ajax("admin/support.xhtml", cases, show).contains("Since Monday."), "the case opens");
            Map<String, String> answer = WebClient.ajaxAction("answer:send", "answer", "@all");
            answer.put("answer", "answer");
            answer.put("answer:reply", "Fixed on our side; please try again.");
            answer.put("answer:status_input", "SOLVED");
            Page answered = desk.ajax("admin/support.xhtml", cases, answer);
            assertTrue(answered.contains("Answer sent"), answered.body());
            assertTrue(smtp.textTo(opener.email(), subject).contains("Fixed on our side"), "the opener got the answer");

            Page solved = clientAdmin.open("client/support.xhtml?case=" + caseId.group(1));
            assertTrue(solved.contains("Solved") && solved.contains("replying opens it again"), solved.body());
            assertEquals(404, clientAdmin.open("client/support.xhtml?case=" + (Long.parseLong(caseId.group(1)) + 1_000_000))
                    .status(), "another case id is simply not found");
        }
    }
}
