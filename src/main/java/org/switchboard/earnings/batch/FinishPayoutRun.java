package org.switchboard.earnings.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.earnings.boundary.PayoutLauncher;

/** Last step: the run's claim is marked completed, with what it paid, and audited. */
@Named
@Dependent
public class FinishPayoutRun extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    PayoutLauncher runs;

    @Override
    public String process() {
        runs.finished(RunParameters.of(job).runId());
        return "COMPLETED";
    }
}
