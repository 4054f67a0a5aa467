package org.switchboard.account.boundary;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalMembership;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.identity.boundary.AccountRefused;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.tenancy.AccountRef;
import org.switchboard.portal.boundary.PortalOverview;
import org.switchboard.portal.boundary.PortalSnapshot;
import org.switchboard.testsupport.TestData;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who belongs where: the account switcher's list, entry checks and scoped counts, on the real database. */
@ExtendWith(ArquillianExtension.class)
class AccountDirectoryIT {

    @Inject
    AccountDirectory directory;

    @Inject
    PortalOverview overview;

    @Inject
    UserAccounts users;

    @Inject
    TestData data;

    @Test
    void theSwitcherListsExactlyThePersonsOwnAccounts() {
        Portal mine = data.portal(PortalKind.SERVICE_PROVIDER);
        Portal theirs = data.portal(PortalKind.CHANNEL_PARTNER);
        ClientAccount myClient = data.client(mine, ClientStatus.ACTIVE);
        ClientAccount otherClientOfMyPortal = data.client(mine, ClientStatus.ACTIVE);
        ClientAccount theirClient = data.client(theirs, ClientStatus.ACTIVE);
        User person = data.person();
        data.member(person, mine, PortalRole.PORTAL_ADMIN);
        data.member(person, myClient, ClientRole.RECRUITER);
        data.member(data.person(), theirClient, ClientRole.CLIENT_ADMIN);

        List<AccountRef> listed = directory.accountsOf(person.getId()).stream().map(AccountChoice::account).toList();

        assertEquals(List.of(AccountRef.portal(mine.getId()), AccountRef.client(myClient.getId())), listed);
        assertFalse(listed.contains(AccountRef.client(otherClientOfMyPortal.getId())),
                "reaching a client through the portal is not membership of it");
        assertFalse(listed.contains(AccountRef.portal(theirs.getId())));
        assertFalse(listed.contains(AccountRef.client(theirClient.getId())));
    }

    @Test
    void inactiveMembershipsAndRejectedPortalsAreNotListedNorEnterable() {
        Portal left = data.portal(PortalKind.SERVICE_PROVIDER);
        Portal rejected = data.portal(PortalKind.CHANNEL_PARTNER);
        User person = data.person();
        data.deactivate(data.member(person, left, PortalRole.PARTNER_USER));
        data.member(person, rejected, PortalRole.PORTAL_ADMIN);
        data.reject(rejected);

        assertTrue(directory.accountsOf(person.getId()).isEmpty());
        assertFalse(directory.mayEnter(person.getId(), AccountRef.portal(left.getId())));
        assertFalse(directory.mayEnter(person.getId(), AccountRef.portal(rejected.getId())));
    }

    @Test
    void aDeactivatedPersonEntersNothing() {
        Portal portal = data.portal(PortalKind.COMPANY_GROUP);
        ClientAccount client = data.client(portal, ClientStatus.ACTIVE);
        User person = data.person();
        data.member(person, portal, PortalRole.PORTAL_ADMIN);
        data.member(person, client, ClientRole.CLIENT_ADMIN);
        assertTrue(directory.mayEnter(person.getId(), AccountRef.portal(portal.getId())));

        data.deactivate(person);

        assertFalse(directory.mayEnter(person.getId(), AccountRef.portal(portal.getId())));
        assertFalse(directory.mayEnter(person.getId(), AccountRef.client(client.getId())));
        assertTrue(directory.accountsOf(person.getId()).isEmpty());
        assertFalse(users.person(person.getId()).orElseThrow().active());
    }

    @Test
    void anotherTenantsIdIsNeverEnterable() {
        Portal mine = data.portal(PortalKind.SERVICE_PROVIDER);
        Portal theirs = data.portal(PortalKind.SERVICE_PROVIDER);
        ClientAccount theirClient = data.client(theirs, ClientStatus.ACTIVE);
        User person = data.person();
        data.member(person, mine, PortalRole.PORTAL_ADMIN);

        assertFalse(directory.mayEnter(person.getId(), AccountRef.portal(theirs.getId())));
        assertFalse(directory.mayEnter(person.getId(), AccountRef.client(theirClient.getId())));
        assertFalse(directory.mayEnter(person.getId(), AccountRef.portal(Long.MAX_VALUE)));
        assertTrue(overview.snapshot(theirs.getId(), person.getId()).isEmpty());
    }

    @Test
    void welcomeCountsOnlyTheClientsInThePersonsScope() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        ClientAccount assigned = data.client(portal, ClientStatus.ACTIVE);
        data.client(portal, ClientStatus.ACTIVE);
        data.client(portal, ClientStatus.TRIAL);
        data.client(data.portal(PortalKind.SERVICE_PROVIDER), ClientStatus.ACTIVE);
        User admin = data.person();
        User partner = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        PortalMembership partnerMembership = data.memberOfAssigned(partner, portal, assigned);

        PortalSnapshot wholePortal = overview.snapshot(portal.getId(), admin.getId()).orElseThrow();
        PortalSnapshot assignedOnly = overview.snapshot(portal.getId(), partner.getId()).orElseThrow();

        assertEquals(3, wholePortal.totalClients());
        assertEquals(2, wholePortal.clients(ClientStatus.ACTIVE));
        assertEquals(1, wholePortal.clients(ClientStatus.TRIAL));
        assertEquals(1, assignedOnly.totalClients());
        assertEquals(1, assignedOnly.clients(ClientStatus.ACTIVE));
        assertFalse(assignedOnly.wholePortal());

        data.deactivate(partnerMembership);
        assertTrue(overview.snapshot(portal.getId(), partner.getId()).isEmpty());
    }

    @Test
    void oneLoginPerEmailWhateverTheLetterCase() {
        User first = data.person();
        AccountRefused refused = assertThrows(AccountRefused.class,
                () -> users.create(first.getEmail().toUpperCase(), "Second", "Person", TestData.PASSWORD, false));
        assertEquals("A person with this e-mail address already has a login.", refused.getMessage());
        assertEquals(first.getId(), users.findByEmail(" " + first.getEmail().toUpperCase()).orElseThrow().getId());
    }

    @Test
    void newPeopleNeedAValidEmailAndAnAcceptablePassword() {
        assertThrows(AccountRefused.class, () -> users.create("not-an-email", "A", "B", TestData.PASSWORD, false));
        assertThrows(AccountRefused.class,
                () -> users.create(TestData.unique("p") + "@test.example", "A", "B", "short", false));
    }
}
