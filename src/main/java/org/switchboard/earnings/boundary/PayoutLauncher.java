package org.switchboard.earnings.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.earnings.batch.RunParameters;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.entity.PayoutRun;
import org.switchboard.platform.kernel.Refused;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the monthly payout run (the batch job {@code payout-run}) for a period that has ended:
 * by schedule on the 1st, or by an operator. The period is claimed in the database first, so a
 * second start, here or on another server, is refused while one runs and after one completed; a
 * failed run is restarted from its last committed chunk.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PayoutLauncher {

    private static final Logger LOG = Logger.getLogger(PayoutLauncher.class.getName());

    @Inject
    PayoutClaims claims;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The schedule's start: the period that ended last; a period already claimed is left alone. */
    public void startScheduled() {
        PayoutPeriod period = PayoutPeriod.lastEndedBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        try {
            launch(null, period, null);
        } catch (Refused claimed) {
            LOG.info(() -> "Scheduled payout run for " + period + " not started: " + claimed.getMessage());
        }
    }

    /**
     * Claims the period and starts the job; {@code portalsPerChunk} null for the default. Not
     * role-checked: it is reached through {@link PayoutRuns} (operators) and the schedule only.
     */
    public long launch(Long operatorUserId, PayoutPeriod period, Integer portalsPerChunk) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!period.isOverOn(today)) {
            throw new Refused("The period " + period + " has not ended yet; it can be paid from " + period.cutOff() + ".");
        }
        long runId;
        try {
            runId = claims.claim(period.code(), operatorUserId);
        } catch (EJBException lostRace) {
            // Another server inserted the same period between our look and our insert.
            LOG.log(Level.INFO, "Payout run for " + period + " claimed elsewhere", lostRace);
            throw new Refused("The payout run for " + period + " has just been started elsewhere.");
        }
        PayoutRun claimed = claims.find(runId);
        Properties parameters = new RunParameters(runId, period).asProperties();
        if (portalsPerChunk != null) {
            parameters.setProperty("portalsPerChunk", Integer.toString(portalsPerChunk));
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution;
        try {
            execution = restartable(operator, claimed) ? operator.restart(claimed.getJobExecutionId(), parameters)
                    : operator.start(RunParameters.JOB, parameters);
        } catch (RuntimeException notStarted) {
            claims.fail(runId, "Could not be started: " + notStarted.getMessage());
            LOG.log(Level.SEVERE, "Payout run " + runId + " for " + period + " could not be started", notStarted);
            throw new Refused("The payout run for " + period + " could not be started; it is marked failed and can be tried again.");
        }
        claims.runsAs(runId, execution);
        audit.record(AuditEvent.of(AuditType.PAYOUT_RUN_STARTED).actor(operatorUserId).subject(period.code())
                .detail("Run " + runId + ", execution " + execution + (operatorUserId == null ? " (schedule)" : "")));
        LOG.info(() -> "Payout run " + runId + " for " + period + " started as execution " + execution);
        return runId;
    }

    /** A run that failed on this server goes on from its checkpoint; otherwise it starts over (safely). */
    private static boolean restartable(JobOperator operator, PayoutRun run) {
        if (run.getJobExecutionId() == null) {
            return false;
        }
        try {
            BatchStatus status = operator.getJobExecution(run.getJobExecutionId()).getBatchStatus();
            return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
        } catch (NoSuchJobExecutionException | jakarta.batch.operations.JobSecurityException elsewhere) {
            return false;
        }
    }

    /** Called by the job's last step. */
    public void finished(long runId) {
        claims.complete(runId);
        PayoutRun run = claims.find(runId);
        audit.record(AuditEvent.of(AuditType.PAYOUT_RUN_FINISHED).subject(run.getPeriod())
                .detail("Run " + runId + ": " + run.getPortalsDone() + " portals, " + run.getPayoutsMade() + " payouts"));
    }
}
