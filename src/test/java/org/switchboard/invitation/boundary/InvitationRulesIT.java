package org.switchboard.invitation.boundary;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.access.boundary.LeaverReport;
import org.switchboard.access.boundary.LeaverReports;
import org.switchboard.access.boundary.PartnerAccess;
import org.switchboard.access.entity.AccessSession;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientMembership;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalMembership;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.account.entity.Verification;
import org.switchboard.client.boundary.JobService;
import org.switchboard.client.boundary.PortalLink;
import org.switchboard.client.boundary.JobService.JobDetails;
import org.switchboard.client.entity.Job;
import org.switchboard.identity.boundary.AccountRefused;
import org.switchboard.identity.boundary.PasswordResets;
import org.switchboard.identity.entity.PasswordReset;
import org.switchboard.identity.entity.User;
import org.switchboard.invitation.entity.Invitation;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.mail.MailMessage;
import org.switchboard.platform.security.PasswordHasher;
import org.switchboard.platform.tenancy.EndReason;
import org.switchboard.portal.boundary.PersonForm;
import org.switchboard.portal.boundary.PortalLeavers;
import org.switchboard.portal.boundary.PortalPeople;
import org.switchboard.testsupport.TestClock;
import org.switchboard.testsupport.TestData;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the Setup page, invitations, partner links and password resets, on the services a
 * page (or later a REST resource) calls. Links are read from the outbox, as the e-mail will carry them.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationRulesIT {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    @Inject
    PortalPeople people;

    @Inject
    PortalLeavers leavers;

    @Inject
    LeaverReports leaverReports;

    @Inject
    Invitations invitations;

    @Inject
    PartnerInvitations partners;

    @Inject
    PortalLink link;

    @Inject
    PasswordResets resets;

    @Inject
    PartnerAccess access;

    @Inject
    JobService jobs;

    @Inject
    PasswordHasher hasher;

    @Inject
    TestData data;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private final class Portal1 {
        final Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        final User admin = data.person();
        final ClientAccount client = data.client(portal, ClientStatus.ACTIVE);
        final User clientAdmin = data.person();

        Portal1() {
            data.member(admin, portal, PortalRole.PORTAL_ADMIN);
            data.member(clientAdmin, client, ClientRole.CLIENT_ADMIN);
        }

        PersonForm invite(String email, ClientScope scope, List<Long> clients) {
            return new PersonForm(email, "New", "Person", PortalRole.PARTNER_USER, false, true, scope, clients, true, null,
                    true, true);
        }
    }

    private static String newEmail() {
        return TestData.unique("new") + "@test.example";
    }

    /** The token in the latest e-mail to the address, as its link carries it. */
    private String tokenMailedTo(String email) {
        List<MailMessage> mails = data.all(MailMessage.class, "e.recipient = ?1 order by e.id desc", email);
        assertFalse(mails.isEmpty(), "an e-mail to " + email);
        Matcher matcher = TOKEN.matcher(mails.get(0).getBody());
        assertTrue(matcher.find(), mails.get(0).getBody());
        return matcher.group(1);
    }

    @Test
    void anInvitedPersonJoinsOnceFromTheLinkAndOnlyTheHashIsStored() {
        Portal1 world = new Portal1();
        String email = newEmail();
        PortalPeople.Added added = people.add(world.portal.getId(), world.admin.getId(),
                world.invite(email, ClientScope.ASSIGNED, List.of(world.client.getId())));
        String token = tokenMailedTo(email);
        assertTrue(added.invited());
        Invitation stored = data.all(Invitation.class, "e.email = ?1", email).get(0);
        assertTrue(data.all(Invitation.class, "e.tokenHash = ?1", token).isEmpty(), "the token itself is not stored");
        assertEquals(1, data.all(Invitation.class, "e.tokenHash = ?1",
                org.switchboard.identity.control.Tokens.hash(token)).size());
        User invited = data.all(User.class, "e.email = ?1", email).get(0);
        assertFalse(hasher.verify("", invited.getPasswordHash()), "no usable password before accepting");

        invitations.acceptPortalUser(token, "a brand new passphrase");
        assertTrue(hasher.verify("a brand new passphrase", data.reload(invited).getPasswordHash()));
        Refused again = assertThrows(Refused.class, () -> invitations.acceptPortalUser(token, "another new passphrase"));
        assertEquals("This invitation has already been accepted.", again.getMessage());
        assertEquals(stored.getId(), data.all(Invitation.class, "e.email = ?1", email).get(0).getId());
    }

    @Test
    void aResentInvitationRevokesTheOldLinkAndLinksExpireAfterSevenDays() {
        Portal1 world = new Portal1();
        String email = newEmail();
        PortalPeople.Added added = people.add(world.portal.getId(), world.admin.getId(),
                world.invite(email, ClientScope.ALL, List.of()));
        String first = tokenMailedTo(email);
        people.resendInvitation(world.portal.getId(), world.admin.getId(), added.membershipId());
        String second = tokenMailedTo(email);

        Refused withdrawn = assertThrows(Refused.class, () -> invitations.acceptPortalUser(first, "a brand new passphrase"));
        assertTrue(withdrawn.getMessage().contains("withdrawn"), withdrawn.getMessage());
        TestClock.advance(Duration.ofDays(7).plusMinutes(1));
        Refused expired = assertThrows(Refused.class, () -> invitations.acceptPortalUser(second, "a brand new passphrase"));
        assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
        assertThrows(Refused.class, () -> invitations.acceptPortalUser("x".repeat(43), "a brand new passphrase"),
                "an unknown token");
    }

    @Test
    void aWeakPasswordIsRefusedAndTheInvitationStaysUsable() {
        Portal1 world = new Portal1();
        String email = newEmail();
        people.add(world.portal.getId(), world.admin.getId(), world.invite(email, ClientScope.ALL, List.of()));
        String token = tokenMailedTo(email);
        Refused weak = assertThrows(Refused.class, () -> invitations.acceptPortalUser(token, "1qaz2wsx3edc"));
        assertTrue(weak.getMessage().contains("most common passwords"), weak.getMessage());
        invitations.acceptPortalUser(token, "a brand new passphrase");
    }

    @Test
    void thePortalAlwaysKeepsAnActiveAdmin() {
        Portal1 world = new Portal1();
        PortalMembership own = data.all(PortalMembership.class, "e.user.id = ?1", world.admin.getId()).get(0);
        assertThrows(Refused.class, () -> people.edit(world.portal.getId(), world.admin.getId(), own.getId(),
                PortalRole.PARTNER_USER, false, ClientScope.ALL, List.of()), "the last admin cannot be demoted");
        User second = data.person();
        PortalMembership secondAdmin = data.member(second, world.portal, PortalRole.PORTAL_ADMIN);
        assertThrows(Refused.class, () -> leavers.remove(world.portal.getId(), world.admin.getId(), own.getId()),
                "nor remove themselves");
        leavers.deactivate(world.portal.getId(), world.admin.getId(), secondAdmin.getId());
        Refused last = assertThrows(Refused.class, () -> people.edit(world.portal.getId(), world.admin.getId(), own.getId(),
                PortalRole.PARTNER_USER, false, ClientScope.ALL, List.of()));
        assertEquals("A portal needs at least one active portal admin.", last.getMessage());
    }

    @Test
    void onlyThePortalsOwnClientsCanBeAssignedAndOnlyAdminsManagePeople() {
        Portal1 world = new Portal1();
        ClientAccount foreign = data.client(data.portal(PortalKind.CHANNEL_PARTNER), ClientStatus.ACTIVE);
        assertThrows(Refused.class, () -> people.add(world.portal.getId(), world.admin.getId(),
                world.invite(newEmail(), ClientScope.ASSIGNED, List.of(foreign.getId()))));
        User partnerUser = data.person();
        data.member(partnerUser, world.portal, PortalRole.PARTNER_USER);
        assertThrows(NotPermitted.class, () -> people.add(world.portal.getId(), partnerUser.getId(),
                world.invite(newEmail(), ClientScope.ALL, List.of())));
        assertThrows(NotPermitted.class, () -> people.people(world.portal.getId(), partnerUser.getId()));
        assertThrows(RuntimeException.class, () -> people.add(world.portal.getId(), world.admin.getId(),
                world.invite("not an address", ClientScope.ALL, List.of())), "a malformed e-mail");
        assertEquals(2, people.people(world.portal.getId(), world.admin.getId()).size(),
                "nothing was half-saved: the admin and the partner user only");
        assertTrue(data.all(MailMessage.class, "e.recipient = ?1", "not an address").isEmpty());
    }

    @Test
    void aPreRegisteredInvitationCannotTakeOverTheLoginOnceItsOwnerHasSetAPassword() {
        // The attacker, an admin of one portal, invites the CEO's address before the CEO has a login,
        // and keeps the link. The CEO later sets a password by another route (here: Forgot password).
        Portal1 attackers = new Portal1();
        String ceo = newEmail();
        people.add(attackers.portal.getId(), attackers.admin.getId(), attackers.invite(ceo, ClientScope.ALL, List.of()));
        String keptToken = tokenMailedTo(ceo);
        resets.request(ceo);
        resets.reset(tokenMailedTo(ceo), "the ceo's own passphrase");

        assertThrows(Refused.class, () -> invitations.acceptPortalUser(keptToken, "the attacker's passphrase"));
        User login = data.all(User.class, "e.email = ?1", ceo).get(0);
        assertTrue(hasher.verify("the ceo's own passphrase", login.getPasswordHash()), "the CEO's password stands");
        assertFalse(hasher.verify("the attacker's passphrase", login.getPasswordHash()));
        assertTrue(data.all(Invitation.class, "e.email = ?1 and e.revokedAt is null and e.acceptedAt is null", ceo).isEmpty(),
                "setting the password revoked the pending invitation");
    }

    @Test
    void settingAPasswordByAnyRouteRevokesEveryPendingResetLink() {
        Portal1 world = new Portal1();
        resets.request(world.clientAdmin.getEmail());
        String olderLink = tokenMailedTo(world.clientAdmin.getEmail());
        // The owner changes it while signed in: a reset link mailed earlier (perhaps to a mailbox
        // someone else reads) must not set it again.
        org.switchboard.identity.boundary.PasswordService passwords = jakarta.enterprise.inject.spi.CDI.current()
                .select(org.switchboard.identity.boundary.PasswordService.class).get();
        passwords.change(world.clientAdmin.getId(), TestData.PASSWORD, "a changed passphrase");

        assertFalse(resets.usable(olderLink), "the earlier reset link is dead");
        assertThrows(AccountRefused.class, () -> resets.reset(olderLink, "someone else's passphrase"));
    }

    @Test
    void theInviterIsNeverGivenALinkThatCanSetSomeonesPassword() {
        Portal1 world = new Portal1();
        String email = newEmail();
        PortalPeople.Added added = people.add(world.portal.getId(), world.admin.getId(),
                world.invite(email, ClientScope.ALL, List.of()));
        String token = tokenMailedTo(email);
        assertFalse(added.toString().contains(token), "the answer to the inviter carries no token: " + added);
        long membership = added.membershipId();
        people.resendInvitation(world.portal.getId(), world.admin.getId(), membership);
        String resent = tokenMailedTo(email);
        assertFalse(resent.equals(token), "a new link was mailed");
    }

    @Test
    void someoneWithALoginIsAskedToJoinWithItAndCannotBeAddedTwice() {
        Portal1 world = new Portal1();
        PortalPeople.Added added = people.add(world.portal.getId(), world.admin.getId(),
                world.invite(world.clientAdmin.getEmail().toUpperCase(), ClientScope.ALL, List.of()));
        assertTrue(added.invited(), "asked to join, with the login they have");
        Refused twice = assertThrows(Refused.class, () -> people.add(world.portal.getId(), world.admin.getId(),
                world.invite(world.clientAdmin.getEmail(), ClientScope.ALL, List.of())));
        assertTrue(twice.getMessage().contains("already one of this portal's people"));
        assertEquals(1, data.all(User.class, "e.email = ?1", world.clientAdmin.getEmail()).size());
    }

    @Test
    void aLeaverKeepsNoWayIntoAnyClient() {
        Portal1 world = new Portal1();
        User leaver = data.person();
        PortalMembership membership = data.member(leaver, world.portal, PortalRole.PARTNER_USER);
        var ticket = access.startAsSelf(world.portal.getId(), leaver.getId(), world.client.getId(), Optional.empty(),
                "/portal/accounts.xhtml");

        LeaverReport report = leaverReports.report(world.portal.getId(), world.admin.getId(), membership.getId());
        assertEquals(1, report.reachableClients());
        LeaverReport.ClientAccess entered = report.clients().get(0);
        assertTrue(entered.partnerMembership() && entered.membershipActive());
        assertTrue(entered.lastAccessAt() != null);

        leavers.deactivate(world.portal.getId(), world.admin.getId(), membership.getId());

        AccessSession visit = data.all(AccessSession.class, "e.id = ?1", ticket.accessSessionId()).get(0);
        assertEquals(EndReason.DEACTIVATED, visit.getEndReason(), "the open visit ended at once");
        assertFalse(data.all(ClientMembership.class, "e.user.id = ?1", leaver.getId()).get(0).isActive(),
                "the membership sign-in-as made is deactivated");
        assertEquals(0, leaverReports.report(world.portal.getId(), world.admin.getId(), membership.getId()).reachableClients());
        assertTrue(access.resume(ticket, leaver.getId()).isEmpty());
    }

    @Test
    void aClientInvitesItsPartnerAndTheInvitedPersonLinksItToANewPendingPortal() {
        Portal1 world = new Portal1();
        ClientAccount independent = data.client(null, ClientStatus.ACTIVE);
        User independentAdmin = data.person();
        data.member(independentAdmin, independent, ClientRole.CLIENT_ADMIN);
        User partner = data.person();

        partners.invite(independent.getId(), independentAdmin.getId(), partner.getEmail());
        String token = tokenMailedTo(partner.getEmail());
        PartnerInvitations.Accepted accepted = partners.accept(token, partner.getId(), null, "Fresh Bureau",
                PortalKind.SERVICE_PROVIDER);

        assertEquals(PartnerInvitations.Outcome.LINKED, accepted.outcome());
        ClientAccount linked = data.reload(independent);
        assertEquals(accepted.portalId(), linked.getPortal().getId());
        assertFalse(linked.isAllowPartnerLogin(), "partner login stays off until the client turns it on");
        Portal fresh = data.all(Portal.class, "e.id = ?1", accepted.portalId()).get(0);
        assertEquals(Verification.PENDING, fresh.getVerification());
        assertEquals(PortalRole.PORTAL_ADMIN, data.all(PortalMembership.class, "e.portal.id = ?1", fresh.getId())
                .get(0).getRole());
        assertThrows(Refused.class, () -> partners.accept(token, partner.getId(), null, "Again", PortalKind.SERVICE_PROVIDER),
                "single use");
    }

    @Test
    void theWrongPersonOwnUsersAndSecondInvitationsAreRefused() {
        Portal1 world = new Portal1();
        User partner = data.person();
        assertThrows(Refused.class, () -> partners.invite(world.client.getId(), world.clientAdmin.getId(),
                world.clientAdmin.getEmail()), "a client cannot invite its own users as partners");
        partners.invite(world.client.getId(), world.clientAdmin.getId(), partner.getEmail());
        Refused twice = assertThrows(Refused.class, () -> partners.invite(world.client.getId(), world.clientAdmin.getId(),
                partner.getEmail().toUpperCase()));
        assertTrue(twice.getMessage().contains("already invited"), twice.getMessage());

        String token = tokenMailedTo(partner.getEmail());
        Refused wrong = assertThrows(Refused.class, () -> partners.accept(token, world.admin.getId(),
                world.portal.getId(), null, null));
        assertTrue(wrong.getMessage().contains("sent to " + partner.getEmail()), wrong.getMessage());
        assertThrows(Refused.class, () -> partners.accept(token, partner.getId(), world.portal.getId(), null, null),
                "only for a portal the person administers");
        assertEquals(world.portal.getId(), data.reload(world.client).getPortal().getId(), "nothing changed");
        assertThrows(Refused.class, () -> invitations.acceptPortalUser(token, "a brand new passphrase"),
                "a partner's token is no portal invitation");
    }

    @Test
    void aManagedClientMovesOnlyWhenItsAdminConfirmsAndTheOldPortalLosesEverythingAtOnce() {
        Portal1 world = new Portal1();
        Job job = jobs.create(world.client.getId(), world.clientAdmin.getId(), new JobDetails("Baker", "Cork", null));
        User oldPartner = data.person();
        data.memberOfAssigned(oldPartner, world.portal, world.client);
        var visit = access.startAsSelf(world.portal.getId(), oldPartner.getId(), world.client.getId(), Optional.empty(),
                "/portal/accounts.xhtml");
        Portal other = data.portal(PortalKind.CHANNEL_PARTNER);
        User otherAdmin = data.person();
        data.member(otherAdmin, other, PortalRole.PORTAL_ADMIN);

        partners.invite(world.client.getId(), world.clientAdmin.getId(), otherAdmin.getEmail());
        PartnerInvitations.Accepted accepted = partners.accept(tokenMailedTo(otherAdmin.getEmail()), otherAdmin.getId(),
                other.getId(), null, null);
        assertEquals(PartnerInvitations.Outcome.MOVE_AWAITS_CLIENT, accepted.outcome());
        assertEquals(world.portal.getId(), data.reload(world.client).getPortal().getId(), "not before the client confirms");
        assertTrue(access.resume(visit, oldPartner.getId()).isPresent());

        link.confirmMove(world.client.getId(), world.clientAdmin.getId());

        assertEquals(other.getId(), data.reload(world.client).getPortal().getId());
        assertTrue(access.resume(visit, oldPartner.getId()).isEmpty(), "the old portal's visit ended");
        assertFalse(data.all(ClientMembership.class, "e.user.id = ?1", oldPartner.getId()).get(0).isActive());
        assertTrue(data.all(PortalMembership.class, "e.user.id = ?1", oldPartner.getId()).get(0).getAssignedClients()
                .isEmpty(), "the assignment went with it");
        assertEquals(1, data.all(Job.class, "e.id = ?1 and e.portalId = ?2", job.getId(), other.getId()).size(),
                "the portal-wide lists follow the client");
        link.unlink(world.client.getId(), world.clientAdmin.getId(), false);
        assertEquals(null, data.reload(world.client).getPortal());
    }

    @Test
    void aResetLinkWorksOnceWithinAnHourAndAskingSaysNothingAboutTheAddress() {
        User person = data.person();
        resets.request("nobody-" + TestData.unique("x") + "@test.example");
        resets.request(person.getEmail());
        String first = tokenMailedTo(person.getEmail());
        resets.request(person.getEmail());
        String second = tokenMailedTo(person.getEmail());
        assertFalse(resets.usable(first), "a newer link replaces the earlier one");

        resets.reset(second, "a brand new passphrase");
        assertTrue(hasher.verify("a brand new passphrase", data.reload(person).getPasswordHash()));
        assertThrows(AccountRefused.class, () -> resets.reset(second, "another new passphrase"), "single use");

        resets.request(person.getEmail());
        String late = tokenMailedTo(person.getEmail());
        TestClock.advance(Duration.ofMinutes(61));
        assertFalse(resets.usable(late), "an hour at most");
        assertEquals(3, data.all(PasswordReset.class, "e.userId = ?1", person.getId()).size());
    }
}
