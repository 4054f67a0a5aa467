package org.switchboard.account.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Keeps the per-account figures the Accounts page sorts by. Changes are applied as increments in
 * the database (row-locked, so concurrent changes add up); the 30-day candidate count also ages,
 * so it is recomputed nightly. The recomputation is idempotent: running it on two servers at once
 * is harmless.
 */
@Stateless
public class ClientFigures {

    static final Duration RECENT = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(ClientFigures.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void openJobs(long clientId, int delta) {
        add("open_jobs_count", clientId, delta);
    }

    public void users(long clientId, int delta) {
        add("users_count", clientId, delta);
    }

    public void candidateApplied(long clientId, long jobId) {
        add("recent_candidates_count", clientId, 1);
        em.createNativeQuery("UPDATE job SET candidates_count = candidates_count + 1 WHERE id = ?1")
                .setParameter(1, jobId)
                .executeUpdate();
    }

    // Plain SQL on purpose: a JPQL bulk update would also bump the entity's @Version and make
    // every figure change collide with a person editing the account at the same moment.
    private void add(String column, long clientId, int delta) {
        em.createNativeQuery("UPDATE client_account SET " + column + " = " + column + " + ?1 WHERE id = ?2")
                .setParameter(1, delta)
                .setParameter(2, clientId)
                .executeUpdate();
    }

    /**
     * Recomputes every figure from the rows themselves: ages the 30-day candidate counts nightly and
     * repairs any drift. Idempotent, so two servers running it at once do no harm.
     */
    @Schedule(hour = "3", minute = "17", persistent = false, info = "Recount the Accounts page figures")
    public void recountAll() {
        int clients = recount("", null);
        em.createNativeQuery("UPDATE job SET candidates_count = (SELECT COUNT(*) FROM candidate WHERE candidate.job_id = job.id)")
                .executeUpdate();
        LOG.info(() -> "Recounted the figures of " + clients + " client accounts");
    }

    /** Recomputes one account's figures and its jobs' candidate counts (after its work was replaced). */
    public void recount(long clientId) {
        recount(" WHERE id = ?2", clientId);
        em.createNativeQuery("UPDATE job SET candidates_count = (SELECT COUNT(*) FROM candidate WHERE candidate.job_id = job.id) "
                        + "WHERE client_id = ?1")
                .setParameter(1, clientId)
                .executeUpdate();
    }

    private int recount(String where, Long clientId) {
        var since = clock.instant().minus(RECENT).atOffset(java.time.ZoneOffset.UTC);
        var update = em.createNativeQuery("UPDATE client_account SET "
                        + "open_jobs_count = (SELECT COUNT(*) FROM job WHERE job.client_id = client_account.id AND job.status = 'OPEN'), "
                        + "users_count = (SELECT COUNT(*) FROM client_membership m JOIN app_user u ON u.id = m.user_id "
                        + "WHERE m.client_id = client_account.id AND m.active = TRUE AND u.active = TRUE "
                        + "AND m.partner_portal_id IS NULL), "
                        + "recent_candidates_count = (SELECT COUNT(*) FROM candidate WHERE candidate.client_id = client_account.id "
                        + "AND candidate.applied_at >= ?1)" + where)
                .setParameter(1, since);
        if (clientId != null) {
            update.setParameter(2, clientId);
        }
        return update.executeUpdate();
    }
}
