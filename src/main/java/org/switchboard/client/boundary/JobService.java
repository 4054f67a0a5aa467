package org.switchboard.client.boundary;

import org.switchboard.account.boundary.ClientPermissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.switchboard.account.boundary.ClientFigures;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.client.entity.Job;
import org.switchboard.client.entity.JobStatus;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.Refused;

import java.time.Clock;
import java.util.List;

/** A client account's jobs: recruiters and admins create, edit, close and reopen them. */
@Stateless
public class JobService {

    /** What a person types about a job. */
    public record JobDetails(
            @NotBlank(message = "Give the job a title.") @Size(max = 200, message = "A title has at most 200 characters.") String title,
            @Size(max = 200, message = "A location has at most 200 characters.") String location,
            @Size(max = 200, message = "A department has at most 200 characters.") String department) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientPermissions permissions;

    @Inject
    ActivityLog activity;

    @Inject
    ClientFigures figures;

    @Inject
    Clock clock;

    public Job create(long clientId, long actorUserId, @Valid JobDetails details) {
        permissions.require(actorUserId, clientId, ClientRole.RECRUITER);
        ClientAccount client = em.find(ClientAccount.class, clientId);
        Job job = new Job(client, details.title().strip(), blankToNull(details.location()), blankToNull(details.department()),
                clock.instant());
        em.persist(job);
        figures.openJobs(clientId, 1);
        activity.record(client, actorUserId, ActivityType.JOB_CREATED, "Opened the job “" + job.getTitle() + "”");
        return job;
    }

    public Job update(long clientId, long jobId, long actorUserId, @Valid JobDetails details) {
        permissions.require(actorUserId, clientId, ClientRole.RECRUITER);
        Job job = jobOf(clientId, jobId);
        job.describe(details.title().strip(), blankToNull(details.location()), blankToNull(details.department()));
        activity.record(job.getClient(), actorUserId, ActivityType.JOB_UPDATED, "Edited the job “" + job.getTitle() + "”");
        return job;
    }

    public Job close(long clientId, long jobId, long actorUserId) {
        permissions.require(actorUserId, clientId, ClientRole.RECRUITER);
        Job job = jobOf(clientId, jobId);
        if (!job.isOpen()) {
            throw new Refused("This job is already closed.");
        }
        job.close(clock.instant());
        figures.openJobs(clientId, -1);
        activity.record(job.getClient(), actorUserId, ActivityType.JOB_CLOSED, "Closed the job “" + job.getTitle() + "”");
        return job;
    }

    public Job reopen(long clientId, long jobId, long actorUserId) {
        permissions.require(actorUserId, clientId, ClientRole.RECRUITER);
        Job job = jobOf(clientId, jobId);
        if (job.isOpen()) {
            throw new Refused("This job is already open.");
        }
        job.reopen(clock.instant());
        figures.openJobs(clientId, 1);
        activity.record(job.getClient(), actorUserId, ActivityType.JOB_REOPENED, "Reopened the job “" + job.getTitle() + "”");
        return job;
    }

    /** The job, if it belongs to this client account; another tenant's id is simply not found. */
    public Job jobOf(long clientId, long jobId) {
        Job job = em.find(Job.class, jobId);
        if (job == null || !job.getClient().getId().equals(clientId)) {
            throw new NotFound("No such job in this account.");
        }
        return job;
    }

    /** A page of the account's jobs, open ones first, newest first; all jobs when status is null. */
    public List<Job> jobsOf(long clientId, JobStatus status, int first, int max) {
        var query = em.createQuery("select j from Job j where j.client.id = :client"
                        + (status == null ? "" : " and j.status = :status")
                        + " order by j.status desc, j.openedAt desc, j.id desc", Job.class)
                .setParameter("client", clientId)
                .setFirstResult(first)
                .setMaxResults(max);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    public long countOf(long clientId, JobStatus status) {
        var query = em.createQuery("select count(j) from Job j where j.client.id = :client"
                        + (status == null ? "" : " and j.status = :status"), Long.class)
                .setParameter("client", clientId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
