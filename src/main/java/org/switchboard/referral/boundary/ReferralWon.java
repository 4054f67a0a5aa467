package org.switchboard.referral.boundary;

import java.time.Instant;

/** Fired, inside the operator's transaction, when a referral is won; a channel partner's bounty observes it. */
public record ReferralWon(long referralId, long portalId, long clientId, Instant wonAt) {
}
