package org.switchboard.earnings.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Hourly: earnings whose hold has ended become available (one conditional update, harmless on two
 * servers). On the 1st: the payout run for the month that ended, claimed in the database so that it
 * runs once however many servers fire.
 */
@Stateless
public class EarningsSchedule {

    private static final Logger LOG = Logger.getLogger(EarningsSchedule.class.getName());

    @Inject
    PayoutLedger ledger;

    @Inject
    PayoutLauncher runs;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "Release earnings past their hold")
    public void release() {
        int released = ledger.release(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (released > 0) {
            LOG.info(() -> released + " earnings released from their hold");
        }
    }

    @Schedule(dayOfMonth = "1", hour = "3", minute = "0", persistent = false, info = "Monthly payout run")
    public void monthlyPayouts() {
        runs.startScheduled();
    }
}
