package org.switchboard.earnings.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.earnings.boundary.PayoutLedger;

import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the ids of the portals with earnings to pay, in ascending order. The checkpoint is the last
 * portal handed out, so a restarted run goes on after the last committed chunk.
 */
@Named
@Dependent
public class PayablePortals extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    PayoutLedger ledger;

    private Iterator<Long> portals;
    private long last;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0L : (Long) checkpoint;
        portals = ledger.portalsToPay(RunParameters.of(job).period(), last).iterator();
    }

    @Override
    public Object readItem() {
        if (!portals.hasNext()) {
            return null;
        }
        last = portals.next();
        return last;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
