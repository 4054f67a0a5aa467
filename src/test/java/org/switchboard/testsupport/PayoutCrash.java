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

    private static volatile boolean armed;
    private static volatile int afterPortals;

    public static void armForNextRun(int portals) {
        afterPortals = portals;
        armed = true;
    }

    public static void disarm() {
        armed = false;
    }

    void onChunk(@Observes PayoutsWritten written) {
        if (armed && written.portalsDoneBefore() + written.portalsInChunk() > afterPortals) {
            throw new IllegalStateException("Simulated crash of payout run " + written.runId() + " after "
                    + written.portalsDoneBefore() + " portals");
        }
    }
}
