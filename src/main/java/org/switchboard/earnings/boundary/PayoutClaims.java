package org.switchboard.earnings.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.earnings.entity.PayoutRun;
import org.switchboard.earnings.entity.PayoutRunStatus;
import org.switchboard.platform.kernel.Refused;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The database claim of a period's payout run, each change committed on its own. The period is
 * unique, so of two runs started at once (here or on another server) only one gets it; a failed
 * run, or one whose server has stopped reporting for {@link #ABANDONED_AFTER}, may be taken over.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PayoutClaims {

    /** A running run reports after every chunk; this much silence means its server is gone. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Claims the period or refuses with the reason; the claim is committed when this returns. */
    public long claim(String period, Long startedBy) {
        Instant now = clock.instant();
        Optional<PayoutRun> existing = em.createQuery("select r from PayoutRun r where r.period = :period", PayoutRun.class)
                .setParameter("period", period)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (existing.isEmpty()) {
            PayoutRun run = new PayoutRun(period, startedBy, now);
            em.persist(run);
            em.flush();
            return run.getId();
        }
        PayoutRun run = existing.get();
        switch (run.getStatus()) {
            case COMPLETED -> throw new Refused("The payout run for " + period + " has been done already (finished "
                    + run.getFinishedAt() + "); every earning it could pay is paid.");
            case RUNNING -> {
                if (run.getHeartbeatAt().plus(ABANDONED_AFTER).isAfter(now)) {
                    throw new Refused("The payout run for " + period + " is running already (last report "
                            + run.getHeartbeatAt() + ").");
                }
            }
            case FAILED -> {
                // taken over below
            }
        }
        run.restart(startedBy, now);
        return run.getId();
    }

    /**
     * Notes the job execution the run goes on as. Its first chunk may already be reporting
     * progress: every writer of a run's row locks it, so they take turns instead of one failing.
     */
    public void runsAs(long runId, long jobExecutionId) {
        em.find(PayoutRun.class, runId, LockModeType.PESSIMISTIC_WRITE).runsAs(jobExecutionId);
    }

    public void complete(long runId) {
        PayoutRun run = em.find(PayoutRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run.getStatus() == PayoutRunStatus.RUNNING) {
            run.complete(clock.instant());
        }
    }

    public void fail(long runId, String failure) {
        PayoutRun run = em.find(PayoutRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run != null && run.getStatus() == PayoutRunStatus.RUNNING) {
            run.fail(failure, clock.instant());
        }
    }

    public PayoutRun find(long runId) {
        return em.find(PayoutRun.class, runId);
    }
}
