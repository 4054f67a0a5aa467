package org.switchboard.earnings.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.earnings.boundary.PayoutLedger;

import java.util.List;

/** Pays one chunk of portals inside the chunk's transaction: the payouts and their earnings commit together. */
@Named
@Dependent
public class PayoutWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    PayoutLedger ledger;

    @Override
    public void writeItems(List<Object> items) {
        RunParameters run = RunParameters.of(job);
        ledger.pay(run.runId(), run.period(), items.stream().map(Long.class::cast).toList());
    }
}
