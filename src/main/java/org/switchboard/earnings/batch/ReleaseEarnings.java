package org.switchboard.earnings.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.earnings.boundary.PayoutLedger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/** First step: earnings whose hold has ended become available. */
@Named
@Dependent
public class ReleaseEarnings extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ReleaseEarnings.class.getName());

    @Inject
    PayoutLedger ledger;

    @Inject
    Clock clock;

    @Override
    public String process() {
        int released = ledger.release(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        LOG.info(() -> "Payout run: " + released + " earnings released from their hold");
        return "RELEASED";
    }
}
