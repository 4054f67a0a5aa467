package org.switchboard.earnings.boundary;

/**
 * Fired inside a payout run's chunk transaction after a chunk of portals has been paid, before it
 * commits: an observer that throws rolls the whole chunk back, as a crash would.
 */
public record PayoutsWritten(long runId, int portalsInChunk, int portalsDoneBefore) {
}
