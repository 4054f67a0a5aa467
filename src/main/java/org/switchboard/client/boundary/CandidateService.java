package org.switchboard.client.boundary;

import org.switchboard.account.boundary.ClientPermissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.switchboard.account.boundary.ClientFigures;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.client.entity.Candidate;
import org.switchboard.client.entity.Job;
import org.switchboard.client.entity.Stage;
import org.switchboard.platform.kernel.EmailAddress;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.Refused;

import java.time.Clock;
import java.util.List;

/** Candidates apply to open jobs and move through the stages. */
@Stateless
public class CandidateService {

    @PersistenceContext
    EntityManager em;

    @Inject
    JobService jobs;

    @Inject
    ClientPermissions permissions;

    @Inject
    ActivityLog activity;

    @Inject
    ClientFigures figures;

    @Inject
    Clock clock;

    /** Records an application to an open job; one application per e-mail address and job. */
    public Candidate apply(long clientId, long jobId, long actorUserId,
                           @NotBlank(message = "Enter the candidate's name.")
                           @Size(max = 200, message = "A name has at most 200 characters.") String fullName,
                           String typedEmail) {
        permissions.require(actorUserId, clientId, ClientRole.RECRUITER);
        Job job = jobs.jobOf(clientId, jobId);
        if (!job.isOpen()) {
            throw new Refused("This job is closed to applications.");
        }
        String email = EmailAddress.normalise(typedEmail).orElseThrow(() -> new Refused("Enter a valid e-mail address."));
        boolean applied = !em.createQuery("select c.id from Candidate c where c.job = :job and c.email = :email", Long.class)
                .setParameter("job", job)
                .setParameter("email", email)
                .getResultList().isEmpty();
        if (applied) {
            throw new Refused(email + " has already applied to this job.");
        }
        Candidate candidate = new Candidate(job, fullName.strip(), email, clock.instant());
        em.persist(candidate);
        figures.candidateApplied(clientId, jobId);
        activity.record(job.getClient(), actorUserId, ActivityType.CANDIDATE_APPLIED,
                candidate.getFullName() + " applied to “" + job.getTitle() + "”");
        return candidate;
    }

    public Candidate moveTo(long clientId, long candidateId, Stage stage, long actorUserId) {
        permissions.require(actorUserId, clientId, ClientRole.RECRUITER);
        Candidate candidate = em.find(Candidate.class, candidateId);
        if (candidate == null || !candidate.getClientId().equals(clientId)) {
            throw new NotFound("No such candidate in this account.");
        }
        if (candidate.getStage() == stage) {
            return candidate;
        }
        candidate.moveTo(stage, clock.instant());
        activity.record(candidate.getJob().getClient(), actorUserId, ActivityType.CANDIDATE_MOVED,
                candidate.getFullName() + " moved to " + stage.label() + " for “" + candidate.getJob().getTitle() + "”");
        return candidate;
    }

    public List<Candidate> candidatesOf(long clientId, long jobId) {
        Job job = jobs.jobOf(clientId, jobId);
        return em.createQuery("select c from Candidate c where c.job = :job order by c.appliedAt desc, c.id desc", Candidate.class)
                .setParameter("job", job)
                .getResultList();
    }
}
