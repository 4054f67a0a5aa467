package org.switchboard.client.boundary;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.client.boundary.JobService.JobDetails;
import org.switchboard.client.entity.Candidate;
import org.switchboard.client.entity.Job;
import org.switchboard.client.entity.Stage;
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

/** Candidate sharing within a portal: who shares, who sees, and what a copy records. */
@ExtendWith(ArquillianExtension.class)
class CandidateSharingIT {

    @Inject
    CandidateSharing sharing;

    @Inject
    ClientSettings settings;

    @Inject
    CandidateService candidates;

    @Inject
    JobService jobs;

    @Inject
    TestData data;

    /** A company group sharing candidates, a source brand that opted in, and a brand that searches. */
    private final class Group {
        Portal portal = data.portal(PortalKind.COMPANY_GROUP);
        final ClientAccount source = data.client(portal, ClientStatus.ACTIVE);
        final ClientAccount target = data.client(portal, ClientStatus.ACTIVE);
        final User sourceAdmin = memberOf(source, ClientRole.CLIENT_ADMIN);
        final User recruiter = memberOf(target, ClientRole.RECRUITER);
        final Job sourceJob = jobs.create(source.getId(), sourceAdmin.getId(), new JobDetails("Sous chef", null, null));
        final Job targetJob = jobs.create(target.getId(), recruiter.getId(), new JobDetails("Head chef", null, null));
        /** A surname no other test's data starts with, so that searches count only this group's candidates. */
        final String surname = TestData.unique("Zed").replace("-", "");

        Group() {
            portal = data.shareCandidates(portal, true);
            settings.shareCandidates(source.getId(), sourceAdmin.getId(), true);
        }

        Candidate applied(ClientAccount client, User by, Job job, String firstName) {
            return candidates.apply(client.getId(), job.getId(), by.getId(), surname + " " + firstName,
                    TestData.unique("candidate") + "@mail.example");
        }

        List<SharedCandidate> found() {
            return sharing.search(target.getId(), recruiter.getId(), surname, 0, 25);
        }
    }

    private User memberOf(ClientAccount client, ClientRole role) {
        User user = data.person();
        data.member(user, client, role);
        return user;
    }

    @Test
    void aRecruiterFindsTheCandidatesOfOptedInAccountsOfTheirPortalByNamePrefix() {
        Group group = new Group();
        Candidate ada = group.applied(group.source, group.sourceAdmin, group.sourceJob, "Ada");
        group.applied(group.source, group.sourceAdmin, group.sourceJob, "Ben");

        List<SharedCandidate> found = group.found();
        assertEquals(2, found.size());
        assertEquals(2, sharing.count(group.target.getId(), group.recruiter.getId(), group.surname));
        SharedCandidate first = found.get(0);
        assertEquals(ada.getId(), first.id(), "by name: Ada before Ben");
        assertEquals(group.source.getName(), first.sourceClientName());
        assertEquals("Sous chef", first.jobTitle());
        assertEquals(1, sharing.search(group.target.getId(), group.recruiter.getId(),
                group.surname.toUpperCase() + " ad", 0, 25).size(), "case-insensitive prefix of the whole name");
        assertEquals(group.source.getName(),
                sharing.profile(group.target.getId(), group.recruiter.getId(), ada.getId()).sourceClientName());
    }

    @Test
    void nothingIsSharedFromAnAccountThatHasNotOptedInNorFromTheSearchersOwnAccount() {
        Group group = new Group();
        ClientAccount silent = data.client(group.portal, ClientStatus.ACTIVE);
        User silentAdmin = memberOf(silent, ClientRole.CLIENT_ADMIN);
        Job silentJob = jobs.create(silent.getId(), silentAdmin.getId(), new JobDetails("Porter", null, null));
        Candidate hidden = group.applied(silent, silentAdmin, silentJob, "Cara");
        Candidate own = group.applied(group.target, group.recruiter, group.targetJob, "Dan");
        // The searcher's own account opted in too: its candidates are still not "shared" with itself.
        User targetAdmin = memberOf(group.target, ClientRole.CLIENT_ADMIN);
        settings.shareCandidates(group.target.getId(), targetAdmin.getId(), true);

        assertEquals(List.of(), group.found());
        assertThrows(NotFound.class, () -> sharing.profile(group.target.getId(), group.recruiter.getId(), hidden.getId()));
        assertThrows(NotFound.class, () -> sharing.profile(group.target.getId(), group.recruiter.getId(), own.getId()));
    }

    @Test
    void accountsOfAnotherPortalNeverSeeTheCandidates() {
        Group group = new Group();
        Candidate ada = group.applied(group.source, group.sourceAdmin, group.sourceJob, "Ada");
        Portal other = data.portal(PortalKind.COMPANY_GROUP);
        ClientAccount outsider = data.client(other, ClientStatus.ACTIVE);
        data.shareCandidates(other, true);
        User outsiderRecruiter = memberOf(outsider, ClientRole.RECRUITER);

        assertEquals(List.of(), sharing.search(outsider.getId(), outsiderRecruiter.getId(), group.surname, 0, 25));
        assertThrows(NotFound.class, () -> sharing.profile(outsider.getId(), outsiderRecruiter.getId(), ada.getId()));
        Job outsiderJob = jobs.create(outsider.getId(), outsiderRecruiter.getId(), new JobDetails("Chef", null, null));
        assertThrows(NotFound.class, () -> sharing.copy(outsider.getId(), outsiderRecruiter.getId(), ada.getId(),
                outsiderJob.getId()));
    }

    @Test
    void revokingTheOptInOrThePortalSwitchHidesTheCandidatesAtOnce() {
        Group group = new Group();
        Candidate ada = group.applied(group.source, group.sourceAdmin, group.sourceJob, "Ada");
        assertEquals(1, group.found().size());

        settings.shareCandidates(group.source.getId(), group.sourceAdmin.getId(), false);
        assertEquals(List.of(), group.found(), "the client's opt-in revoked");
        assertThrows(NotFound.class, () -> sharing.copy(group.target.getId(), group.recruiter.getId(), ada.getId(),
                group.targetJob.getId()));

        settings.shareCandidates(group.source.getId(), group.sourceAdmin.getId(), true);
        assertEquals(1, group.found().size());
        data.shareCandidates(group.portal, false);
        assertThrows(NotPermitted.class, group::found, "the portal's switch off");
        assertFalse(sharing.isOnFor(group.target.getId()));
        settings.shareCandidates(group.source.getId(), group.sourceAdmin.getId(), false);
        Refused optIn = assertThrows(Refused.class,
                () -> settings.shareCandidates(group.source.getId(), group.sourceAdmin.getId(), true));
        assertEquals("Your portal does not share candidates between its accounts.", optIn.getMessage());
    }

    @Test
    void viewersMayNotSearchNorCopyAndRecruitersMayNotOptTheirAccountIn() {
        Group group = new Group();
        Candidate ada = group.applied(group.source, group.sourceAdmin, group.sourceJob, "Ada");
        User viewer = memberOf(group.target, ClientRole.VIEWER);

        assertThrows(NotPermitted.class, () -> sharing.search(group.target.getId(), viewer.getId(), group.surname, 0, 25));
        assertThrows(NotPermitted.class, () -> sharing.profile(group.target.getId(), viewer.getId(), ada.getId()));
        assertThrows(NotPermitted.class, () -> sharing.copy(group.target.getId(), viewer.getId(), ada.getId(),
                group.targetJob.getId()));
        assertThrows(NotPermitted.class, () -> settings.shareCandidates(group.target.getId(), group.recruiter.getId(), true));
        User stranger = data.person();
        assertThrows(NotPermitted.class, () -> sharing.search(group.target.getId(), stranger.getId(), group.surname, 0, 25));
    }

    @Test
    void aCopyIsANewCandidateAtTheFirstStageThatRecordsItsSourceAndIsMadeOnce() {
        Group group = new Group();
        Candidate ada = group.applied(group.source, group.sourceAdmin, group.sourceJob, "Ada");
        candidates.moveTo(group.source.getId(), ada.getId(), Stage.INTERVIEW, group.sourceAdmin.getId());

        Candidate copy = sharing.copy(group.target.getId(), group.recruiter.getId(), ada.getId(), group.targetJob.getId());
        assertEquals(group.target.getId(), copy.getClientId());
        assertEquals(Stage.APPLIED, copy.getStage());
        assertEquals(ada.getId(), copy.getCopiedFromCandidateId());
        assertEquals(group.source.getId(), copy.getSourceClientId());
        assertEquals(ada.getEmail(), copy.getEmail());
        assertEquals(1, data.reload(group.target).getRecentCandidatesCount());

        Refused twice = assertThrows(Refused.class, () -> sharing.copy(group.target.getId(), group.recruiter.getId(),
                ada.getId(), group.targetJob.getId()));
        assertTrue(twice.getMessage().contains("is already a candidate for “Head chef”"), twice.getMessage());
        assertEquals(1, candidates.candidatesOf(group.target.getId(), group.targetJob.getId()).size(), "nothing copied");
        assertEquals(Stage.INTERVIEW, candidates.candidatesOf(group.source.getId(), group.sourceJob.getId()).get(0).getStage(),
                "the source is untouched");
    }

    @Test
    void theSameEmailAlreadyInTheJobIsRefused() {
        Group group = new Group();
        Candidate ada = group.applied(group.source, group.sourceAdmin, group.sourceJob, "Ada");
        candidates.apply(group.target.getId(), group.targetJob.getId(), group.recruiter.getId(), "Ada Applied", ada.getEmail());

        assertThrows(Refused.class, () -> sharing.copy(group.target.getId(), group.recruiter.getId(), ada.getId(),
                group.targetJob.getId()));
        assertEquals(1, candidates.candidatesOf(group.target.getId(), group.targetJob.getId()).size());
    }

    @Test
    void wildcardsAreLiteralAndOverlongSearchesAreRefused() {
        Group group = new Group();
        group.applied(group.source, group.sourceAdmin, group.sourceJob, "100% Ada");
        group.applied(group.source, group.sourceAdmin, group.sourceJob, "100X Ben");

        assertEquals(1, sharing.search(group.target.getId(), group.recruiter.getId(), group.surname + " 100%", 0, 25).size());
        assertEquals(0, sharing.search(group.target.getId(), group.recruiter.getId(), group.surname + " 100_", 0, 25).size());
        assertEquals(List.of(), sharing.search(group.target.getId(), group.recruiter.getId(), "%", 0, 25),
                "a lone wildcard is one character: too short to search");
        Refused long1 = assertThrows(Refused.class, () -> sharing.search(group.target.getId(), group.recruiter.getId(),
                "a".repeat(10_000), 0, 25));
        assertEquals("Search with at most 200 characters.", long1.getMessage());
    }
}
