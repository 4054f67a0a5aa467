package org.switchboard.client.boundary;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.boundary.ClientFigures;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.client.boundary.ClientUsers.Member;
import org.switchboard.client.boundary.JobService.JobDetails;
import org.switchboard.client.entity.Candidate;
import org.switchboard.client.entity.Job;
import org.switchboard.client.entity.Stage;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.testsupport.TestData;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client workspace's rules: roles, tenancy by id, one login per person, and the figures they keep. */
@ExtendWith(ArquillianExtension.class)
class WorkspaceIT {

    @Inject
    JobService jobs;

    @Inject
    CandidateService candidates;

    @Inject
    ClientUsers clientUsers;

    @Inject
    ClientSettings settings;

    @Inject
    ClientFigures figures;

    @Inject
    ActivityLog activity;

    @Inject
    UserAccounts userAccounts;

    @Inject
    AuditLog audit;

    @Inject
    TestData data;

    private ClientAccount newClient() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        return data.client(portal, ClientStatus.ACTIVE);
    }

    private User memberOf(ClientAccount client, ClientRole role) {
        User user = data.person();
        data.member(user, client, role);
        return user;
    }

    @Test
    void openingAndClosingJobsKeepsTheAccountsFiguresAndActivity() {
        ClientAccount client = newClient();
        User recruiter = memberOf(client, ClientRole.RECRUITER);
        var before = data.reload(client).getLastActivityAt();

        Job first = jobs.create(client.getId(), recruiter.getId(), new JobDetails("Barista", "Leeds", "Front of house"));
        jobs.create(client.getId(), recruiter.getId(), new JobDetails("Chef", null, " "));
        assertEquals(2, data.reload(client).getOpenJobsCount());

        jobs.close(client.getId(), first.getId(), recruiter.getId());
        assertEquals(1, data.reload(client).getOpenJobsCount());
        assertThrows(Refused.class, () -> jobs.close(client.getId(), first.getId(), recruiter.getId()));
        jobs.reopen(client.getId(), first.getId(), recruiter.getId());
        assertEquals(2, data.reload(client).getOpenJobsCount());

        assertEquals(4, activity.countOf(client.getId()));
        assertTrue(data.reload(client).getLastActivityAt().isAfter(before));
        ActivityEntry latest = activity.latestOf(client.getId(), 0, 1).get(0);
        assertEquals("Reopened the job “Barista”", latest.summary());
        assertEquals("Test Person", latest.who(), "who did it is recorded");
        assertEquals(2, jobs.countOf(client.getId(), null));
    }

    @Test
    void aCandidateAppliesOnceAndMovesThroughTheStages() {
        ClientAccount client = newClient();
        User recruiter = memberOf(client, ClientRole.RECRUITER);
        Job job = jobs.create(client.getId(), recruiter.getId(), new JobDetails("Dental nurse", null, null));

        Candidate candidate = candidates.apply(client.getId(), job.getId(), recruiter.getId(), "Ada Byrne", "Ada@Mail.example");
        assertEquals("ada@mail.example", candidate.getEmail());
        Refused twice = assertThrows(Refused.class,
                () -> candidates.apply(client.getId(), job.getId(), recruiter.getId(), "Ada B.", "ada@mail.EXAMPLE"));
        assertEquals("ada@mail.example has already applied to this job.", twice.getMessage());
        assertThrows(RuntimeException.class,
                () -> candidates.apply(client.getId(), job.getId(), recruiter.getId(), " ", "blank@mail.example"));
        assertEquals(1, candidates.candidatesOf(client.getId(), job.getId()).size(), "a nameless application saves nothing");

        candidates.moveTo(client.getId(), candidate.getId(), Stage.INTERVIEW, recruiter.getId());
        assertEquals(Stage.INTERVIEW, candidates.candidatesOf(client.getId(), job.getId()).get(0).getStage());
        assertEquals(1, data.reload(client).getRecentCandidatesCount());
        assertEquals(1, jobs.jobOf(client.getId(), job.getId()).getCandidatesCount());

        jobs.close(client.getId(), job.getId(), recruiter.getId());
        assertThrows(Refused.class,
                () -> candidates.apply(client.getId(), job.getId(), recruiter.getId(), "Ben Okafor", "ben@mail.example"));
        assertThrows(Refused.class,
                () -> candidates.apply(client.getId(), job.getId(), recruiter.getId(), "Bad", "not an address"));
    }

    @Test
    void aViewerChangesNothing() {
        ClientAccount client = newClient();
        User recruiter = memberOf(client, ClientRole.RECRUITER);
        User viewer = memberOf(client, ClientRole.VIEWER);
        Job job = jobs.create(client.getId(), recruiter.getId(), new JobDetails("Paralegal", null, null));

        assertThrows(NotPermitted.class, () -> jobs.create(client.getId(), viewer.getId(), new JobDetails("X", null, null)));
        assertThrows(NotPermitted.class, () -> jobs.close(client.getId(), job.getId(), viewer.getId()));
        assertThrows(NotPermitted.class,
                () -> candidates.apply(client.getId(), job.getId(), viewer.getId(), "Eve Larsen", "eve@mail.example"));
        assertThrows(NotPermitted.class, () -> settings.allowPartnerLogin(client.getId(), recruiter.getId(), false));
        assertEquals(1, data.reload(client).getOpenJobsCount());
    }

    @Test
    void anotherAccountsIdsAreNotFoundAndChangeNothing() {
        ClientAccount mine = newClient();
        ClientAccount theirs = newClient();
        User me = memberOf(mine, ClientRole.CLIENT_ADMIN);
        User them = memberOf(theirs, ClientRole.CLIENT_ADMIN);
        Job theirJob = jobs.create(theirs.getId(), them.getId(), new JobDetails("Their job", null, null));
        Candidate theirCandidate = candidates.apply(theirs.getId(), theirJob.getId(), them.getId(), "Hugo Silva", "hugo@mail.example");
        Member theirMember = clientUsers.membersOf(theirs.getId()).get(0);

        assertThrows(NotFound.class, () -> jobs.close(mine.getId(), theirJob.getId(), me.getId()));
        assertThrows(NotFound.class, () -> candidates.moveTo(mine.getId(), theirCandidate.getId(), Stage.HIRED, me.getId()));
        assertThrows(NotFound.class, () -> clientUsers.deactivate(mine.getId(), theirMember.membershipId(), me.getId()));
        assertThrows(NotPermitted.class, () -> jobs.close(theirs.getId(), theirJob.getId(), me.getId()));

        assertTrue(jobs.jobOf(theirs.getId(), theirJob.getId()).isOpen());
        assertEquals(Stage.APPLIED, candidates.candidatesOf(theirs.getId(), theirJob.getId()).get(0).getStage());
    }

    @Test
    void clientAdminsAddPeopleWithOneLoginEach() {
        ClientAccount client = newClient();
        User admin = memberOf(client, ClientRole.CLIENT_ADMIN);
        User existing = data.person();

        Member joined = clientUsers.add(client.getId(), admin.getId(), existing.getEmail().toUpperCase(), "Ignored", "Name",
                ClientRole.RECRUITER, "");
        assertEquals(existing.getId(), joined.userId(), "an existing login is asked to join; no second username");
        assertTrue(joined.invited() && !joined.active(), "and is a user only once it accepts");

        String newcomer = TestData.unique("newcomer") + "@test.example";
        Member added = clientUsers.add(client.getId(), admin.getId(), newcomer, "New", "Comer", ClientRole.VIEWER,
                "temporary password 1");
        assertTrue(userAccounts.findByEmail(newcomer).orElseThrow().isMustChangePassword());
        assertEquals(2, data.reload(client).getUsersCount());

        assertThrows(Refused.class, () -> clientUsers.add(client.getId(), admin.getId(), newcomer, "New", "Comer",
                ClientRole.VIEWER, "temporary password 1"));
        assertThrows(Refused.class, () -> clientUsers.add(client.getId(), admin.getId(), TestData.unique("x") + "@test.example",
                "Short", "Password", ClientRole.VIEWER, "short"));
        assertThrows(NotPermitted.class, () -> clientUsers.add(client.getId(), existing.getId(),
                TestData.unique("y") + "@test.example", "A", "B", ClientRole.CLIENT_ADMIN, "temporary password 1"));

        clientUsers.deactivate(client.getId(), added.membershipId(), admin.getId());
        assertEquals(1, data.reload(client).getUsersCount());
        clientUsers.reactivate(client.getId(), added.membershipId(), admin.getId());
        clientUsers.changeRole(client.getId(), added.membershipId(), admin.getId(), ClientRole.RECRUITER);
        assertEquals(ClientRole.RECRUITER, clientUsers.membersOf(client.getId()).stream()
                .filter(member -> member.membershipId() == added.membershipId()).findFirst().orElseThrow().role());
    }

    @Test
    void noOneDemotesOrDeactivatesThemselves() {
        ClientAccount client = newClient();
        User admin = memberOf(client, ClientRole.CLIENT_ADMIN);
        Member self = clientUsers.membersOf(client.getId()).get(0);

        assertThrows(Refused.class, () -> clientUsers.changeRole(client.getId(), self.membershipId(), admin.getId(), ClientRole.VIEWER));
        assertThrows(Refused.class, () -> clientUsers.deactivate(client.getId(), self.membershipId(), admin.getId()));
        assertEquals(List.of(ClientRole.CLIENT_ADMIN), clientUsers.membersOf(client.getId()).stream().map(Member::role).toList());
    }

    @Test
    void thePartnerLoginSwitchIsTheClientAdminsAndAudited() {
        ClientAccount client = newClient();
        User admin = memberOf(client, ClientRole.CLIENT_ADMIN);

        settings.allowPartnerLogin(client.getId(), admin.getId(), false);

        assertFalse(data.reload(client).isAllowPartnerLogin());
        assertEquals(1, audit.latestFor(admin.getId(), AuditType.PARTNER_LOGIN_CONSENT_CHANGED, 5).size());
    }

    @Test
    void theNightlyRecountAgreesWithTheFiguresKeptAlongTheWay() {
        ClientAccount client = newClient();
        User recruiter = memberOf(client, ClientRole.RECRUITER);
        Job job = jobs.create(client.getId(), recruiter.getId(), new JobDetails("Site manager", null, null));
        jobs.create(client.getId(), recruiter.getId(), new JobDetails("Joiner", null, null));
        candidates.apply(client.getId(), job.getId(), recruiter.getId(), "Isla Murphy", "isla@mail.example");
        ClientAccount kept = data.reload(client);

        figures.recountAll();

        ClientAccount recounted = data.reload(client);
        assertEquals(kept.getOpenJobsCount(), recounted.getOpenJobsCount());
        assertEquals(kept.getUsersCount(), recounted.getUsersCount());
        assertEquals(kept.getRecentCandidatesCount(), recounted.getRecentCandidatesCount());
        assertEquals(1, jobs.jobOf(client.getId(), job.getId()).getCandidatesCount());
    }
}
