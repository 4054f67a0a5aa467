package org.switchboard.invitation.boundary;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.access.boundary.PartnerAccess;
import org.switchboard.access.boundary.SignInChoice;
import org.switchboard.account.boundary.AccountDirectory;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.billing.boundary.NewAccount;
import org.switchboard.billing.boundary.Provisioning;
import org.switchboard.billing.control.BillingPeriod;
import org.switchboard.client.boundary.ClientUsers;
import org.switchboard.identity.boundary.LoginService;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.mail.MailMessage;
import org.switchboard.platform.tenancy.AccountRef;
import org.switchboard.portal.boundary.PersonForm;
import org.switchboard.portal.boundary.PortalLeavers;
import org.switchboard.portal.boundary.PortalPeople;
import org.switchboard.portal.boundary.PortalPerson;
import org.switchboard.testsupport.TestData;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Story: anyone who can add people to a portal, a client account or a new account types in the
 * address of someone else's login, and the login joined silently: the adder learnt it existed,
 * saw its last sign-in from then on, could change where it lands, and made it a portal member,
 * whom its real partner could no longer sign in as. An existing login now joins only by accepting,
 * signed in as itself, and the e-mail says who asked.
 */
@ExtendWith(ArquillianExtension.class)
class SilentJoinIT {

    private static final Pattern TOKEN = Pattern.compile("invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Inject
    TestData data;

    @Inject
    PortalPeople people;

    @Inject
    PortalLeavers leavers;

    @Inject
    ClientUsers clientUsers;

    @Inject
    Provisioning provisioning;

    @Inject
    JoinInvitations joins;

    @Inject
    AccountDirectory directory;

    @Inject
    LoginService logins;

    @Inject
    PartnerAccess access;

    /** A client of its real partner, with a user who has signed in, and a stranger's portal with its admin. */
    private final class World {
        final Portal home = data.portal(PortalKind.SERVICE_PROVIDER);
        final ClientAccount client = data.client(home, ClientStatus.ACTIVE);
        final User homeAdmin = data.person();
        final User person = data.person();
        final Portal stranger = data.portal(PortalKind.CHANNEL_PARTNER);
        final User strangerAdmin = data.person();

        World() {
            data.member(homeAdmin, home, PortalRole.PORTAL_ADMIN);
            data.member(person, client, ClientRole.RECRUITER);
            data.member(strangerAdmin, stranger, PortalRole.PORTAL_ADMIN);
            logins.verify(person.getEmail(), TestData.PASSWORD);
        }

        PersonForm byTemporaryPassword(String email) {
            return new PersonForm(email, "Any", "Name", PortalRole.PORTAL_ADMIN, false, true, ClientScope.ALL, List.of(),
                    false, "a temporary password 1", true, true);
        }
    }

    private String tokenMailedTo(String email, String kind) {
        List<MailMessage> mails = data.all(MailMessage.class, "e.recipient = ?1 and e.kind = ?2 order by e.id desc",
                email, kind);
        assertFalse(mails.isEmpty(), "a " + kind + " e-mail to " + email);
        Matcher matcher = TOKEN.matcher(mails.get(0).getBody());
        assertTrue(matcher.find(), mails.get(0).getBody());
        return matcher.group(1);
    }

    @Test
    void addingSomeoneElsesLoginToAPortalChangesNothingOfTheirsUntilTheyAccept() {
        World world = new World();
        var accountsBefore = directory.accountsOf(world.person.getId());

        PortalPeople.Added added = people.add(world.stranger.getId(), world.strangerAdmin.getId(),
                world.byTemporaryPassword(world.person.getEmail()));

        PortalPerson shown = people.people(world.stranger.getId(), world.strangerAdmin.getId()).stream()
                .filter(p -> p.membershipId() == added.membershipId()).findFirst().orElseThrow();
        assertNull(shown.lastLoginAt(), "the adder does not see when they last signed in");
        assertFalse(shown.active());
        assertEquals(accountsBefore, directory.accountsOf(world.person.getId()), "their accounts and landing page are theirs");
        assertFalse(directory.mayEnter(world.person.getId(), AccountRef.portal(world.stranger.getId())));
        assertThrows(Refused.class, () -> leavers.reactivate(world.stranger.getId(), world.strangerAdmin.getId(),
                added.membershipId()), "the adder cannot switch the membership on for them");
        List<SignInChoice> choices = access.usersToSignInAs(world.home.getId(), world.homeAdmin.getId(), world.client.getId());
        SignInChoice asPerson = choices.stream().filter(c -> c.userId() == world.person.getId()).findFirst().orElseThrow();
        assertNull(asPerson.refusal(), "their real partner can still sign in as them");
        String mail = data.all(MailMessage.class, "e.recipient = ?1 and e.kind = ?2", world.person.getEmail(),
                "JOIN_INVITATION").get(0).getBody();
        assertTrue(mail.contains(world.strangerAdmin.getDisplayName()) && mail.contains(world.strangerAdmin.getEmail()),
                "the e-mail says who asked: " + mail);
    }

    @Test
    void onlyTheInvitedLoginSignedInAsItselfAcceptsAndItMayDecline() {
        World world = new World();
        PortalPeople.Added added = people.add(world.stranger.getId(), world.strangerAdmin.getId(),
                world.byTemporaryPassword(world.person.getEmail()));
        String token = tokenMailedTo(world.person.getEmail(), "JOIN_INVITATION");

        Refused someoneElse = assertThrows(Refused.class, () -> joins.acceptJoin(token, world.strangerAdmin.getId()));
        assertTrue(someoneElse.getMessage().contains("Sign in with that login"), someoneElse.getMessage());
        assertEquals(world.stranger.getName(), joins.acceptJoin(token, world.person.getId()));
        assertTrue(directory.mayEnter(world.person.getId(), AccountRef.portal(world.stranger.getId())), "joined by accepting");
        assertThrows(Refused.class, () -> joins.acceptJoin(token, world.person.getId()), "the link is used up");

        World other = new World();
        people.add(other.stranger.getId(), other.strangerAdmin.getId(), other.byTemporaryPassword(other.person.getEmail()));
        joins.declineJoin(tokenMailedTo(other.person.getEmail(), "JOIN_INVITATION"), other.person.getId());
        assertTrue(people.people(other.stranger.getId(), other.strangerAdmin.getId()).stream()
                .noneMatch(p -> p.email().equals(other.person.getEmail())), "declined: the waiting membership is gone");
    }

    @Test
    void addingAnExistingLoginToAClientAccountWaitsForItsOwnersAcceptance() {
        World world = new World();
        User admin = data.person();
        ClientAccount other = data.client(world.stranger, ClientStatus.ACTIVE);
        data.member(admin, other, ClientRole.CLIENT_ADMIN);
        int seats = data.reload(other).getUsersCount();

        ClientUsers.Member added = clientUsers.add(other.getId(), admin.getId(), world.person.getEmail(), "Any", "Name",
                ClientRole.RECRUITER, "a temporary password 1");

        assertFalse(added.active());
        assertTrue(added.invited());
        assertEquals(seats, data.reload(other).getUsersCount(), "no seat until they accept");
        assertFalse(directory.mayEnter(world.person.getId(), AccountRef.client(other.getId())));
        assertThrows(Refused.class, () -> clientUsers.reactivate(other.getId(), added.membershipId(), admin.getId()));

        joins.acceptJoin(tokenMailedTo(world.person.getEmail(), "JOIN_INVITATION"), world.person.getId());
        assertTrue(directory.mayEnter(world.person.getId(), AccountRef.client(other.getId())));
        assertEquals(seats + 1, data.reload(other).getUsersCount());
    }

    @Test
    void provisioningAnAccountForAnExistingLoginSaysNothingOfItsCompaniesElsewhereAndAsksIt() {
        World world = new World();
        User partner = data.person();
        data.member(partner, world.stranger, PortalRole.PORTAL_ADMIN);
        // The person is the admin of a company of this very name at their real partner.
        User companyAdmin = data.person();
        data.member(companyAdmin, world.client, ClientRole.CLIENT_ADMIN);
        NewAccount sameName = new NewAccount(world.client.getName(), "IE", "EUR", "Any", "Name", companyAdmin.getEmail(),
                "growth", 3, BillingPeriod.MONTHLY);

        long made = provisioning.newSubscription(world.stranger.getId(), partner.getId(), sameName, TestData.unique("key"))
                .clientId();

        assertFalse(directory.mayEnter(companyAdmin.getId(), AccountRef.client(made)), "not joined silently");
        joins.acceptJoin(tokenMailedTo(companyAdmin.getEmail(), "JOIN_INVITATION"), companyAdmin.getId());
        assertTrue(directory.mayEnter(companyAdmin.getId(), AccountRef.client(made)), "joined by accepting");
        assertEquals(Optional.of(ClientRole.CLIENT_ADMIN), data.all(org.switchboard.account.entity.ClientMembership.class,
                "e.client.id = ?1 and e.user.id = ?2", made, companyAdmin.getId()).stream()
                .map(org.switchboard.account.entity.ClientMembership::getRole).findFirst());
    }
}
