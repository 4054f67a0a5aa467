package org.switchboard.client.boundary;

import org.switchboard.account.boundary.ClientPermissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.switchboard.account.boundary.ClientFigures;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.client.control.NamePrefix;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.client.entity.Candidate;
import org.switchboard.client.entity.Job;
import org.switchboard.client.entity.JobStatus;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.kernel.Refused;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Candidates shared between the client accounts of one portal: a recruiter finds those of the
 * portal's other clients that opted in, and copies one into a job of their own. Whether the portal
 * shares and whether each client opted in are read by every query, never remembered, so switching
 * either off hides the candidates at the next request.
 */
@Stateless
public class CandidateSharing {

    /** The rows a recruiter may see: opted-in clients of the searcher's portal, the searcher's own excluded. */
    private static final String SHARED = " from Candidate c, ClientAccount s join s.portal p "
            + "where s.id = c.clientId and p.id = :portal and p.candidateSharing = :yes and s.sharesCandidates = :yes "
            + "and s.id <> :own";
    private static final String ROW = "select c.id, c.fullName, c.email, c.stage, c.appliedAt, s.id, s.name, j.title "
            + "from Candidate c join c.job j, ClientAccount s where s.id = c.clientId";

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientPermissions permissions;

    @Inject
    JobService jobs;

    @Inject
    ClientFigures figures;

    @Inject
    ActivityLog activity;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Whether the client's portal shares candidates between its clients (for the navigation and the Settings page). */
    public boolean isOnFor(long clientId) {
        return portalSharingFrom(clientId).isPresent();
    }

    /** A page of shared candidates whose name starts with the text, by name; nothing for under two letters. */
    public List<SharedCandidate> search(long clientId, long userId, String text, int first, int max) {
        Optional<Long> portal = mayFind(clientId, userId, text);
        if (portal.isEmpty()) {
            return List.of();
        }
        // The page's ids first, off the name index; then only those rows are read.
        List<Long> ids = bind(em.createQuery("select c.id" + SHARED + " and c.nameKey like :prefix "
                        + "order by c.nameKey, c.id", Long.class), portal.get(), clientId)
                .setParameter("prefix", NamePrefix.likePattern(text))
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(ROW + " and c.id in :ids order by c.nameKey, c.id", Object[].class)
                .setParameter("ids", ids)
                .getResultList().stream().map(CandidateSharing::row).toList();
    }

    public long count(long clientId, long userId, String text) {
        Optional<Long> portal = mayFind(clientId, userId, text);
        if (portal.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery("select count(c)" + SHARED + " and c.nameKey like :prefix",
                Long.class);
        return bind(query, portal.get(), clientId).setParameter("prefix", NamePrefix.likePattern(text)).getSingleResult();
    }

    /** One shared candidate's profile; one that is no longer shared with this client is not found. */
    public SharedCandidate profile(long clientId, long userId, long candidateId) {
        permissions.require(userId, clientId, ClientRole.RECRUITER);
        long portal = portalSharingFrom(clientId).orElseThrow(CandidateSharing::off);
        boolean shared = bind(em.createQuery("select count(c)" + SHARED + " and c.id = :candidate", Long.class), portal, clientId)
                .setParameter("candidate", candidateId).getSingleResult() > 0;
        return em.createQuery(ROW + " and c.id = :candidate", Object[].class)
                .setParameter("candidate", candidateId)
                .getResultStream().filter(row -> shared).findFirst().map(CandidateSharing::row)
                .orElseThrow(() -> new NotFound("This candidate is not shared with your account."));
    }

    /**
     * Copies a shared candidate into an open job of the client's own, at the first stage, recording
     * where they came from. Someone already in that job (copied before, or with the same e-mail) is
     * refused, and nothing is copied.
     */
    public Candidate copy(long clientId, long userId, long candidateId, long jobId) {
        SharedCandidate shared = profile(clientId, userId, candidateId);
        Job job = jobs.jobOf(clientId, jobId);
        if (!job.isOpen()) {
            throw new Refused("“" + job.getTitle() + "” is closed; copy the candidate into an open job.");
        }
        boolean there = em.createQuery("select count(c) from Candidate c where c.job = :job "
                        + "and (c.copiedFromCandidateId = :source or c.email = :email)", Long.class)
                .setParameter("job", job).setParameter("source", shared.id()).setParameter("email", shared.email())
                .getSingleResult() > 0;
        if (there) {
            throw new Refused(shared.fullName() + " is already a candidate for “" + job.getTitle() + "”; nothing was copied.");
        }
        Candidate copy = Candidate.copyOf(em.find(Candidate.class, shared.id()), job, clock.instant());
        em.persist(copy);
        figures.candidateApplied(clientId, jobId);
        String summary = "Copied " + shared.fullName() + " from " + shared.sourceClientName() + " to “" + job.getTitle() + "”";
        activity.record(job.getClient(), userId, ActivityType.CANDIDATE_COPIED, summary);
        audit.record(AuditEvent.of(AuditType.SHARED_CANDIDATE_COPIED).actor(userId).client(clientId)
                .portal(job.getClient().getPortal().getId())
                .detail(summary + " (candidate " + shared.id() + " of client " + shared.sourceClientId() + ")"));
        return copy;
    }

    /** The client's open jobs, the targets of a copy. */
    public List<Job> openJobsOf(long clientId, long userId) {
        permissions.require(userId, clientId, ClientRole.RECRUITER);
        return jobs.jobsOf(clientId, JobStatus.OPEN, 0, 500);
    }

    /** The searcher's portal, if the search may run; refusals for what a person can correct. */
    private Optional<Long> mayFind(long clientId, long userId, String text) {
        permissions.require(userId, clientId, ClientRole.RECRUITER);
        if (NamePrefix.isTooLong(text)) {
            throw new Refused("Search with at most " + NamePrefix.MAX_LENGTH + " characters.");
        }
        long portal = portalSharingFrom(clientId).orElseThrow(CandidateSharing::off);
        return NamePrefix.isTooShort(text) ? Optional.empty() : Optional.of(portal);
    }

    private Optional<Long> portalSharingFrom(long clientId) {
        return em.createQuery("select p.id from ClientAccount c join c.portal p where c.id = :client "
                        + "and p.candidateSharing = :yes", Long.class)
                .setParameter("client", clientId)
                .setParameter("yes", Boolean.TRUE)
                .getResultStream().findFirst();
    }

    private static <Q extends TypedQuery<?>> Q bind(Q query, long portal, long own) {
        query.setParameter("portal", portal).setParameter("own", own).setParameter("yes", Boolean.TRUE);
        return query;
    }

    private static NotPermitted off() {
        return new NotPermitted("Your portal does not share candidates between its accounts.");
    }

    private static SharedCandidate row(Object[] row) {
        return new SharedCandidate((Long) row[0], (String) row[1], (String) row[2], (org.switchboard.client.entity.Stage) row[3],
                (java.time.Instant) row[4], (Long) row[5], (String) row[6], (String) row[7]);
    }
}
