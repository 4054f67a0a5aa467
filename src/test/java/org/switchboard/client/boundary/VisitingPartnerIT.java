package org.switchboard.client.boundary;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.access.boundary.PartnerAccess;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientMembership;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.mail.MailMessage;
import org.switchboard.platform.tenancy.EndReason;
import org.switchboard.platform.tenancy.Visit;
import org.switchboard.platform.tenancy.VisitTicket;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.Visits;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner on a visit works inside the client with the client's trust, not as its owner: they
 * can never lock the client's own admins out, make anyone an admin, or bring back a partner the
 * client sent away; people they add are marked as theirs and the client's admins are told.
 */
@ExtendWith(ArquillianExtension.class)
class VisitingPartnerIT {

    private static final String FROM = "/portal/accounts.xhtml";

    @Inject
    ClientUsers users;

    @Inject
    PartnerAccess access;

    @Inject
    Visits visits;

    @Inject
    ClientSettings settings;

    @Inject
    PortalLink link;

    @Inject
    TestData data;

    /** A portal with one client whose only admin is its own; a portal admin who may enter it. */
    private final class World {
        final Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        final ClientAccount client = data.client(portal, ClientStatus.ACTIVE);
        final User partner = data.person();
        final User onlyAdmin = data.person();
        final ClientMembership onlyAdminMembership;

        World() {
            data.member(partner, portal, PortalRole.PORTAL_ADMIN);
            onlyAdminMembership = data.member(onlyAdmin, client, ClientRole.CLIENT_ADMIN);
        }

        /** The partner signs in as themselves (their membership is CLIENT_ADMIN by default) and this request acts in it. */
        Visit visitAsSelf(User who) {
            return visits.enter(access.startAsSelf(portal.getId(), who.getId(), client.getId(), Optional.empty(), FROM),
                    who.getId());
        }

        ClientMembership reload(ClientMembership membership) {
            return data.all(ClientMembership.class, "e.id = ?1", membership.getId()).get(0);
        }
    }

    @Test
    void aVisitingPartnerCannotDemoteTheClientsOnlyAdmin() {
        World world = new World();
        world.visitAsSelf(world.partner);

        assertThrows(NotPermitted.class, () -> users.changeRole(world.client.getId(), world.onlyAdminMembership.getId(),
                world.partner.getId(), ClientRole.VIEWER));
        assertEquals(ClientRole.CLIENT_ADMIN, world.reload(world.onlyAdminMembership).getRole());
    }

    @Test
    void aVisitingPartnerCannotDeactivateTheClientsOnlyAdmin() {
        World world = new World();
        world.visitAsSelf(world.partner);

        assertThrows(NotPermitted.class, () -> users.deactivate(world.client.getId(), world.onlyAdminMembership.getId(),
                world.partner.getId()));
        assertTrue(world.reload(world.onlyAdminMembership).isActive());
    }

    @Test
    void aVisitingPartnerCannotMakeAnyoneAClientAdmin() {
        World world = new World();
        User recruiter = data.person();
        ClientMembership recruiterMembership = data.member(recruiter, world.client, ClientRole.RECRUITER);
        world.visitAsSelf(world.partner);

        assertThrows(NotPermitted.class, () -> users.add(world.client.getId(), world.partner.getId(),
                TestData.unique("ally") + "@test.example", "Al", "Ly", ClientRole.CLIENT_ADMIN, TestData.PASSWORD));
        assertThrows(NotPermitted.class, () -> users.changeRole(world.client.getId(), recruiterMembership.getId(),
                world.partner.getId(), ClientRole.CLIENT_ADMIN));
        assertEquals(ClientRole.RECRUITER, world.reload(recruiterMembership).getRole());
    }

    @Test
    void aVisitingPartnerCannotBringBackAPartnerTheClientDeactivated() {
        World world = new World();
        User sentAway = data.person();
        data.member(sentAway, world.portal, PortalRole.PORTAL_ADMIN);
        VisitTicket earlier = access.startAsSelf(world.portal.getId(), sentAway.getId(), world.client.getId(), Optional.empty(), FROM);
        access.end(earlier.accessSessionId(), sentAway.getId(), EndReason.BACK_TO_PORTAL);
        ClientMembership sentAwaysMembership = data.all(ClientMembership.class, "e.user.id = ?1 and e.client.id = ?2",
                sentAway.getId(), world.client.getId()).get(0);
        users.deactivate(world.client.getId(), sentAwaysMembership.getId(), world.onlyAdmin.getId());

        world.visitAsSelf(world.partner);
        assertThrows(NotPermitted.class, () -> users.reactivate(world.client.getId(), sentAwaysMembership.getId(),
                world.partner.getId()));
        assertFalse(world.reload(sentAwaysMembership).isActive());
    }

    @Test
    void peopleAVisitingPartnerAddsAreMarkedAsTheirsAndTheClientsAdminsAreEmailed() {
        World world = new World();
        world.visitAsSelf(world.partner);
        String email = TestData.unique("added") + "@test.example";

        ClientUsers.Member added = users.add(world.client.getId(), world.partner.getId(), email, "Ad", "Ded",
                ClientRole.RECRUITER, TestData.PASSWORD);

        ClientUsers.Member listed = users.membersOf(world.client.getId()).stream()
                .filter(member -> member.membershipId() == added.membershipId()).findFirst().orElseThrow();
        assertEquals(world.portal.getName(), listed.addedByPartner(), "shown as added by the partner");
        assertFalse(data.all(MailMessage.class, "e.recipient = ?1 and e.body like ?2", world.onlyAdmin.getEmail(),
                "%" + email + "%").isEmpty(), "the client's own admin is told");
    }

    @Test
    void stoppingThePartnerAsksTheClientWhetherToKeepThePeopleThePartnerAddedDuringVisits() {
        World world = new World();
        world.visitAsSelf(world.partner);
        ClientUsers.Member added = users.add(world.client.getId(), world.partner.getId(),
                TestData.unique("added") + "@test.example", "Ad", "Ded", ClientRole.RECRUITER, TestData.PASSWORD);
        assertEquals(List.of(added.membershipId()), users.addedByPartner(world.client.getId(), world.onlyAdmin.getId())
                .stream().map(ClientUsers.Member::membershipId).toList(), "the client's own admin is shown whom");
        assertThrows(NotPermitted.class, () -> users.addedByPartner(world.client.getId(), world.partner.getId()),
                "not the partner on its visit");

        settings.changePartnerAccess(world.client.getId(), world.onlyAdmin.getId(), false, ClientRole.CLIENT_ADMIN, false);
        assertTrue(isActive(world, added), "kept, as the client chose");
        settings.changePartnerAccess(world.client.getId(), world.onlyAdmin.getId(), true, ClientRole.CLIENT_ADMIN, true);
        assertTrue(isActive(world, added), "turning partner login on deactivates no one");
        settings.changePartnerAccess(world.client.getId(), world.onlyAdmin.getId(), false, ClientRole.CLIENT_ADMIN, true);
        assertFalse(isActive(world, added), "not kept, as the client chose");

        World unlinked = new World();
        unlinked.visitAsSelf(unlinked.partner);
        ClientUsers.Member another = users.add(unlinked.client.getId(), unlinked.partner.getId(),
                TestData.unique("added") + "@test.example", "An", "Other", ClientRole.VIEWER, TestData.PASSWORD);
        link.unlink(unlinked.client.getId(), unlinked.onlyAdmin.getId(), true);
        assertFalse(isActive(unlinked, another), "unlinking the partner, the client chose not to keep them");
        assertTrue(unlinked.reload(unlinked.onlyAdminMembership).isActive(), "its own people stay");
    }

    private boolean isActive(World world, ClientUsers.Member member) {
        return users.membersOf(world.client.getId()).stream()
                .filter(m -> m.membershipId() == member.membershipId()).findFirst().orElseThrow().active();
    }
}
