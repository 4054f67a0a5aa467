package org.switchboard.access.boundary;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.access.entity.AccessMode;
import org.switchboard.access.entity.AccessSession;
import org.switchboard.account.boundary.AccountDirectory;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientMembership;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.account.boundary.ClientPermissions;
import org.switchboard.client.boundary.ClientSettings;
import org.switchboard.client.boundary.ClientUsers;
import org.switchboard.client.boundary.JobService;
import org.switchboard.client.boundary.JobService.JobDetails;
import org.switchboard.client.entity.ActivityEvent;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.persistence.StatementCounter;
import org.switchboard.platform.tenancy.AccountRef;
import org.switchboard.platform.tenancy.EndReason;
import org.switchboard.platform.tenancy.Visit;
import org.switchboard.platform.tenancy.VisitTicket;
import org.switchboard.testsupport.TestClock;
import org.switchboard.testsupport.TestData;
import org.switchboard.testsupport.Visits;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign in as Me and Sign in as User: every safeguard, checked on the service a page or a REST
 * resource would call, with the audit and the history they leave.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerAccessIT {

    private static final String FROM = "/portal/accounts.xhtml";

    @Inject
    PartnerAccess access;

    @Inject
    AccessHistory history;

    @Inject
    ClientPermissions permissions;

    @Inject
    ClientSettings settings;

    @Inject
    ClientUsers clientUsers;

    @Inject
    JobService jobs;

    @Inject
    AccountDirectory directory;

    @Inject
    TestData data;

    @Inject
    Visits visits;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A portal with one client, its admin, and a portal admin who may enter it. */
    private final class World {
        final Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        final ClientAccount client = data.client(portal, ClientStatus.ACTIVE);
        final User partner = data.person();
        final User clientAdmin = data.person();
        final ClientMembership adminMembership;

        World() {
            data.member(partner, portal, PortalRole.PORTAL_ADMIN);
            adminMembership = data.member(clientAdmin, client, ClientRole.CLIENT_ADMIN);
        }

        VisitTicket asSelf() {
            return access.startAsSelf(portal.getId(), partner.getId(), client.getId(), Optional.empty(), FROM);
        }

        VisitTicket asUser(User target) {
            return access.startAsUser(portal.getId(), partner.getId(), client.getId(), target.getId(), "Ticket 4411",
                    Optional.empty(), FROM);
        }

        /** Makes this test's request act inside the visit, as the AccessFilter would. */
        Visit enter(VisitTicket ticket) {
            return visits.enter(ticket, partner.getId());
        }

        User clientUser(ClientRole role) {
            User user = data.person();
            data.member(user, client, role);
            return user;
        }
    }

    private AccessSession session(VisitTicket ticket) {
        return data.all(AccessSession.class, "e.id = ?1", ticket.accessSessionId()).get(0);
    }

    private List<AuditEvent> audit(AuditType type, User actor) {
        return data.all(AuditEvent.class, "e.type = ?1 and e.actorUserId = ?2", type, actor.getId());
    }

    @Test
    void signInAsMeMakesAMembershipJustInTimeThatWorksOnlyInsideAVisit() {
        World world = new World();
        int seatsBefore = data.reload(world.client).getUsersCount();

        VisitTicket ticket = world.asSelf();

        ClientMembership made = data.all(ClientMembership.class, "e.user.id = ?1 and e.client.id = ?2",
                world.partner.getId(), world.client.getId()).get(0);
        assertEquals(world.portal.getId(), made.getPartnerPortalId(), "made through the portal");
        assertEquals(seatsBefore, data.reload(world.client).getUsersCount(), "a partner is not one of the client's seats");
        assertFalse(directory.mayEnter(world.partner.getId(), AccountRef.client(world.client.getId())),
                "the membership does not open the client outside a visit");
        assertTrue(directory.accountsOf(world.partner.getId()).stream()
                .noneMatch(choice -> choice.account().equals(AccountRef.client(world.client.getId()))));
        assertEquals(Optional.empty(), permissions.roleOf(world.partner.getId(), world.client.getId()),
                "no rights in the client without the visit");

        world.enter(ticket);
        assertEquals(Optional.of(ClientRole.CLIENT_ADMIN), permissions.roleOf(world.partner.getId(), world.client.getId()));
        AccessSession session = session(ticket);
        assertEquals(AccessMode.AS_SELF, session.getMode());
        assertEquals(world.partner.getId(), session.getEffectiveUserId());
        assertEquals(1, audit(AuditType.ACCESS_STARTED, world.partner).size());

        access.end(ticket.accessSessionId(), world.partner.getId(), EndReason.BACK_TO_PORTAL);
        world.asSelf();
        assertEquals(1, data.all(ClientMembership.class, "e.user.id = ?1 and e.client.id = ?2",
                world.partner.getId(), world.client.getId()).size(), "the second visit reuses the membership");
    }

    @Test
    void theClientDecidesTheHighestRoleAPartnerGets() {
        World world = new World();
        data.capPartnerRole(world.client, ClientRole.VIEWER);
        world.enter(world.asSelf());

        assertEquals(Optional.of(ClientRole.VIEWER), permissions.roleOf(world.partner.getId(), world.client.getId()));
        assertThrows(NotPermitted.class, () -> jobs.create(world.client.getId(), world.partner.getId(),
                new JobDetails("Barista", "Dublin", "Floor")), "a viewer cannot open a job");
        assertFalse(permissions.mayOpenSettings(world.partner.getId(), world.client.getId()));
    }

    @Test
    void withoutConsentOrOutsideScopeNothingStartsAndTheRefusalIsAudited() {
        World world = new World();
        data.allowPartnerLogin(world.client, false);
        AccessRefused refused = assertThrows(AccessRefused.class, world::asSelf);
        assertTrue(refused.getMessage().contains("has not allowed partner login"), refused.getMessage());
        assertThrows(AccessRefused.class, () -> world.asUser(world.clientAdmin));

        Portal otherPortal = data.portal(PortalKind.CHANNEL_PARTNER);
        ClientAccount otherClient = data.client(otherPortal, ClientStatus.ACTIVE);
        assertThrows(AccessRefused.class,
                () -> access.startAsSelf(world.portal.getId(), world.partner.getId(), otherClient.getId(), Optional.empty(), FROM),
                "another portal's client");
        ClientAccount unassigned = data.client(world.portal, ClientStatus.ACTIVE);
        User assignedOnly = data.person();
        data.memberOfAssigned(assignedOnly, world.portal, data.client(world.portal, ClientStatus.ACTIVE));
        assertThrows(AccessRefused.class,
                () -> access.startAsSelf(world.portal.getId(), assignedOnly.getId(), unassigned.getId(), Optional.empty(), FROM),
                "a client outside the person's assigned scope");

        assertEquals(3, audit(AuditType.ACCESS_REFUSED, world.partner).size(), "each refusal is audited");
        assertTrue(data.all(AccessSession.class, "e.realUserId = ?1", world.partner.getId()).isEmpty());
        assertTrue(data.all(ClientMembership.class, "e.user.id = ?1", world.partner.getId()).isEmpty(),
                "a refused visit leaves no membership behind");
    }

    @Test
    void noChainsAndOneVisitAtATime() {
        World world = new World();
        User recruiter = world.clientUser(ClientRole.RECRUITER);
        VisitTicket first = world.asUser(recruiter);

        AccessRefused refused = assertThrows(AccessRefused.class, () -> access.startAsSelf(world.portal.getId(),
                world.partner.getId(), world.client.getId(), Optional.of(first), FROM));
        assertTrue(refused.getMessage().contains("still signed in to"), refused.getMessage());
        assertTrue(session(first).isOpen(), "the refused attempt leaves the visit as it was");

        VisitTicket fromAnotherBrowser = world.asSelf();
        assertEquals(EndReason.SUPERSEDED, session(first).getEndReason(), "a person is on one visit at a time");
        assertTrue(session(fromAnotherBrowser).isOpen());
        assertTrue(access.resume(first, world.partner.getId()).isEmpty());
    }

    @Test
    void signInAsUserRefusesEveryoneItMustNot() {
        World world = new World();
        User operator = world.clientUser(ClientRole.VIEWER);
        data.operator(operator);
        User portalColleague = world.clientUser(ClientRole.VIEWER);
        data.member(portalColleague, world.portal, PortalRole.PARTNER_USER);
        User inactive = world.clientUser(ClientRole.RECRUITER);
        data.deactivate(inactive);
        User locked = world.clientUser(ClientRole.RECRUITER);
        data.lock(locked);
        User newcomer = data.personWhoMustChangePassword();
        data.member(newcomer, world.client, ClientRole.RECRUITER);
        User ofAnotherClient = data.person();
        data.member(ofAnotherClient, data.client(world.portal, ClientStatus.ACTIVE), ClientRole.RECRUITER);
        User partnerItself = world.partner;
        data.member(partnerItself, world.client, ClientRole.VIEWER);

        for (User target : List.of(operator, portalColleague, inactive, locked, newcomer, ofAnotherClient, partnerItself)) {
            assertThrows(AccessRefused.class, () -> world.asUser(target), "user " + target.getEmail());
        }
        assertTrue(data.all(AccessSession.class, "e.realUserId = ?1", world.partner.getId()).isEmpty());
        assertEquals(7, audit(AuditType.ACCESS_REFUSED, world.partner).size(), "every refusal is audited");

        List<SignInChoice> picker = access.usersToSignInAs(world.portal.getId(), world.partner.getId(), world.client.getId());
        assertTrue(picker.stream().filter(choice -> choice.userId() == world.clientAdmin.getId()).findFirst()
                .orElseThrow().isAllowed(), "the client's admin may be chosen");
        assertEquals(6, picker.stream().filter(choice -> !choice.isAllowed()).count(), "the others show why not");
        assertTrue(picker.stream().noneMatch(choice -> choice.userId() == ofAnotherClient.getId()));
    }

    @Test
    void signInAsUserNeverRaisesThePartnersPrivileges() {
        World world = new World();
        data.capPartnerRole(world.client, ClientRole.RECRUITER);
        User recruiter = world.clientUser(ClientRole.RECRUITER);

        AccessRefused refused = assertThrows(AccessRefused.class, () -> world.asUser(world.clientAdmin));
        assertTrue(refused.getMessage().contains("more rights than the client allows"), refused.getMessage());
        world.enter(world.asUser(recruiter));
        assertEquals(Optional.of(ClientRole.RECRUITER), permissions.roleOf(recruiter.getId(), world.client.getId()));
    }

    @Test
    void aReasonIsRequired() {
        World world = new World();
        User recruiter = world.clientUser(ClientRole.RECRUITER);
        assertThrows(RuntimeException.class, () -> access.startAsUser(world.portal.getId(), world.partner.getId(),
                world.client.getId(), recruiter.getId(), "  ", Optional.empty(), FROM));
        assertTrue(data.all(AccessSession.class, "e.realUserId = ?1", world.partner.getId()).isEmpty());
    }

    @Test
    void whileSignedInAsAUserThePartnerCannotChangeAccessOrAddPeople() {
        World world = new World();
        User otherAdmin = world.clientUser(ClientRole.CLIENT_ADMIN);
        world.enter(world.asUser(otherAdmin));

        assertThrows(NotPermitted.class, () -> settings.allowPartnerLogin(world.client.getId(), otherAdmin.getId(), false));
        assertThrows(NotPermitted.class, () -> settings.capPartnerRole(world.client.getId(), otherAdmin.getId(), ClientRole.VIEWER));
        assertThrows(NotPermitted.class, () -> clientUsers.add(world.client.getId(), otherAdmin.getId(),
                TestData.unique("new") + "@test.example", "New", "Person", ClientRole.VIEWER, TestData.PASSWORD));
        ClientMembership own = data.all(ClientMembership.class, "e.user.id = ?1 and e.client.id = ?2",
                otherAdmin.getId(), world.client.getId()).get(0);
        assertThrows(RuntimeException.class, () -> clientUsers.changeRole(world.client.getId(), own.getId(),
                otherAdmin.getId(), ClientRole.VIEWER), "not the impersonated user's own role");
        assertTrue(data.reload(world.client).isAllowPartnerLogin(), "nothing changed");
    }

    @Test
    void aRestrictedPartnerNeverOpensSettingsWhoeverTheyActAs() {
        World world = new World();
        User restricted = data.person();
        data.restrict(data.member(restricted, world.portal, PortalRole.PARTNER_USER));
        VisitTicket ticket = access.startAsSelf(world.portal.getId(), restricted.getId(), world.client.getId(),
                Optional.empty(), FROM);
        Visit visit = visits.enter(ticket, restricted.getId());

        assertTrue(visit.restricted());
        assertEquals(Optional.of(ClientRole.CLIENT_ADMIN), permissions.roleOf(restricted.getId(), world.client.getId()));
        assertFalse(permissions.mayOpenSettings(restricted.getId(), world.client.getId()));
        assertThrows(NotPermitted.class, () -> permissions.requireSettings(restricted.getId(), world.client.getId()));
    }

    @Test
    void aVisitEndsWhenIdleAtItsLimitOrWhenConsentIsWithdrawn() {
        World world = new World();
        VisitTicket idle = world.asSelf();
        TestClock.advance(Duration.ofMinutes(29));
        assertTrue(access.resume(idle, world.partner.getId()).isPresent(), "29 minutes idle is still fine");
        TestClock.advance(Duration.ofMinutes(30));
        assertTrue(access.resume(idle, world.partner.getId()).isEmpty(), "30 minutes after the last request it is over");
        assertEquals(EndReason.IDLE, session(idle).getEndReason());
        assertTrue(access.resume(idle, world.partner.getId()).isEmpty(), "and stays over");

        VisitTicket busy = world.asSelf();
        for (int i = 0; i < 11; i++) {
            TestClock.advance(Duration.ofMinutes(20));
            assertTrue(access.resume(busy, world.partner.getId()).isPresent(), "busy at " + (i + 1) * 20 + " min");
        }
        TestClock.advance(Duration.ofMinutes(20));
        assertTrue(access.resume(busy, world.partner.getId()).isEmpty(), "four hours is the limit, however busy");
        assertEquals(EndReason.TIME_LIMIT, session(busy).getEndReason());

        VisitTicket revoked = world.asSelf();
        data.allowPartnerLogin(world.client, false);
        assertTrue(access.resume(revoked, world.partner.getId()).isEmpty());
        assertEquals(EndReason.ACCESS_REVOKED, session(revoked).getEndReason());
        assertEquals(3, audit(AuditType.ACCESS_ENDED, world.partner).size());
    }

    @Test
    void aVisitAsAUserEndsWhenThatUserIsDeactivated() {
        World world = new World();
        User recruiter = world.clientUser(ClientRole.RECRUITER);
        VisitTicket ticket = world.asUser(recruiter);
        data.deactivate(recruiter);
        assertTrue(access.resume(ticket, world.partner.getId()).isEmpty());
        assertEquals(EndReason.ACCESS_REVOKED, session(ticket).getEndReason());
    }

    @Test
    void anotherPersonCannotResumeSomeoneElsesVisit() {
        World world = new World();
        VisitTicket ticket = world.asSelf();
        assertTrue(access.resume(ticket, world.clientAdmin.getId()).isEmpty());
        assertTrue(access.resume(new VisitTicket(ticket.accessSessionId(), ticket.clientId() + 1, FROM),
                world.partner.getId()).isEmpty(), "a ticket naming another client");
        assertTrue(session(ticket).isOpen(), "a tampered ticket does not end the real visit either");
    }

    @Test
    void abandonedVisitsAreClosedOnceByTheSweep() {
        World world = new World();
        VisitTicket ticket = world.asSelf();
        TestClock.advance(Duration.ofMinutes(45));
        access.closeAbandoned();
        access.closeAbandoned();
        AccessSession closed = session(ticket);
        assertEquals(EndReason.IDLE, closed.getEndReason());
        assertEquals(closed.getLastSeenAt().plus(Duration.ofMinutes(30)), closed.getEndedAt(),
                "recorded as ending when it stopped being usable");
        assertEquals(1, audit(AuditType.ACCESS_ENDED, world.partner).size(), "ended once");
    }

    @Test
    void aScriptedVisitWithThousandsOfChangesCostsTheHistoryOnlyTheRowsItShowsAndIsReadPageByPage() {
        World world = new World();
        VisitTicket ticket = world.asSelf();
        data.changesDuringVisit(world.client, ticket.accessSessionId(), world.partner, 2_000);
        access.end(ticket.accessSessionId(), world.partner.getId(), EndReason.BACK_TO_PORTAL);
        HistoryScope scope = HistoryScope.ofClient(world.client.getId());

        StatementCounter.reset();
        AccessRecord visit = history.visits(scope, world.clientAdmin.getId(), 0, 10).get(0);
        long rowsRead = StatementCounter.rowsRead();
        assertTrue(rowsRead < 50, "the history page read " + rowsRead + " rows for one visit of 2,000 changes");
        assertEquals(2_000, visit.changeCount());
        assertEquals(List.of("Change 0001", "Change 0002", "Change 0003", "Change 0004", "Change 0005"),
                visit.changes().stream().map(AccessRecord.Change::summary).toList(), "the first changes, in order");

        assertEquals(2_000, history.countChanges(scope, world.clientAdmin.getId(), visit.id()));
        List<AccessRecord.Change> third = history.changes(scope, world.clientAdmin.getId(), visit.id(), 50, 25);
        assertEquals(25, third.size());
        assertEquals("Change 0051", third.get(0).summary());
        assertEquals("Change 2000", history.changes(scope, world.clientAdmin.getId(), visit.id(), 1_975, 25).get(24).summary());

        World other = new World();
        assertEquals(0, history.countChanges(HistoryScope.ofClient(other.client.getId()), other.clientAdmin.getId(),
                visit.id()), "another client's history does not reach this visit");
        assertThrows(NotPermitted.class, () -> history.changes(scope, other.clientAdmin.getId(), visit.id(), 0, 25),
                "nor does another client's admin");
    }

    @Test
    void whatAPartnerDoesIsRecordedUnderBothPeopleAndListedInBothHistories() {
        World world = new World();
        User recruiter = world.clientUser(ClientRole.RECRUITER);
        Visit visit = world.enter(world.asUser(recruiter));
        jobs.create(world.client.getId(), recruiter.getId(), new JobDetails("Line cook", "Cork", "Kitchen"));

        ActivityEvent opened = data.all(ActivityEvent.class, "e.clientId = ?1 and e.accessSessionId = ?2",
                world.client.getId(), visit.accessSessionId()).get(0);
        assertEquals(world.partner.getId(), opened.getActorUserId(), "the real person answers for it");
        assertEquals(recruiter.getId(), opened.getEffectiveUserId(), "and whom they acted as is kept");
        access.end(visit.accessSessionId(), world.partner.getId(), EndReason.BACK_TO_PORTAL);

        List<AccessRecord> ofClient = history.visits(HistoryScope.ofClient(world.client.getId()), world.clientAdmin.getId(), 0, 10);
        assertEquals(1, ofClient.size());
        AccessRecord record = ofClient.get(0);
        assertEquals(world.partner.getEmail(), record.realEmail());
        assertEquals(recruiter.getEmail(), record.actingEmail());
        assertEquals("Ticket 4411", record.reason());
        assertEquals(1, record.changeCount());
        assertTrue(record.changes().get(0).summary().contains("Line cook"), record.changes().toString());
        assertEquals(EndReason.BACK_TO_PORTAL, record.endReason());
        assertEquals(1, history.visits(HistoryScope.ofPortal(world.portal.getId()), world.partner.getId(), 0, 10).size());

        assertThrows(NotPermitted.class, () -> history.visits(HistoryScope.ofClient(world.client.getId()), recruiter.getId(), 0, 10),
                "a recruiter does not read the history");
        User partnerUser = data.person();
        data.member(partnerUser, world.portal, PortalRole.PARTNER_USER);
        assertThrows(NotPermitted.class, () -> history.visits(HistoryScope.ofPortal(world.portal.getId()), partnerUser.getId(), 0, 10),
                "only portal admins read the portal's history");
        assertEquals(1, history.visits(HistoryScope.ofPortalClient(world.portal.getId(), world.client.getId()), partnerUser.getId(), 0, 10).size());
    }

    @Test
    void deactivatingAPersonEndsTheirVisitsAtOnce() {
        World world = new World();
        VisitTicket ticket = world.asSelf();
        assertEquals(1, access.endAllOf(world.partner.getId(), EndReason.DEACTIVATED));
        assertEquals(EndReason.DEACTIVATED, session(ticket).getEndReason());
        assertTrue(access.resume(ticket, world.partner.getId()).isEmpty());
    }

    @Test
    void theClientCanShutOutOnePartnerPerson() {
        World world = new World();
        VisitTicket ticket = world.asSelf();
        access.end(ticket.accessSessionId(), world.partner.getId(), EndReason.BACK_TO_PORTAL);
        ClientMembership made = data.all(ClientMembership.class, "e.user.id = ?1 and e.client.id = ?2",
                world.partner.getId(), world.client.getId()).get(0);
        data.deactivate(made);
        AccessRefused refused = assertThrows(AccessRefused.class, world::asSelf);
        assertTrue(refused.getMessage().contains("removed your access"), refused.getMessage());
    }
}
