package org.switchboard.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.switchboard.earnings.boundary.PayoutsWritten;

/**
 * Makes a payout run fail the way a crash would, inside a chunk's transaction once a number of
 * portals have been paid, so that tests can restart it and compare. Disarmed unless a test arms it.
 */
@ApplicationScoped
public class PayoutCrash {

    private static volatile long runId = -1;
    private static volatile int afterPortals;

    public static void arm(long run, int portals) {
        runId = run;
        afterPortals = portals;
    }

    public static void armForNextRun(int portals) {
        runId = 0;
        afterPortals = portals;
    }

    public static void disarm() {
        runId = -1;
    }

    void onChunk(@Observes PayoutsWritten written) {
        boolean armed = runId == 0 || runId == written.runId();
        if (armed && written.portalsDoneBefore() + written.portalsInChunk() > afterPortals) {
            throw new IllegalStateException("Simulated crash of payout run " + written.runId() + " after "
                    + written.portalsDoneBefore() + " portals");
        }
    }
}
