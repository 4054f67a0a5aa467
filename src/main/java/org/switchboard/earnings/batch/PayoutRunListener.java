package org.switchboard.earnings.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.earnings.boundary.PayoutClaims;

import java.util.logging.Logger;

/** A run that ends in failure gives up its claim at once, so the operator can restart it. */
@Named
@Dependent
public class PayoutRunListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(PayoutRunListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    PayoutClaims claims;

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            RunParameters run = RunParameters.of(job);
            LOG.warning(() -> "Payout run " + run.runId() + " for " + run.period() + " ended " + status
                    + " (execution " + job.getExecutionId() + "); what it paid stays paid, a restart goes on");
            claims.fail(run.runId(), "Execution " + job.getExecutionId() + " ended " + status
                    + (job.getExitStatus() == null ? "" : ": " + job.getExitStatus()));
        }
    }
}
