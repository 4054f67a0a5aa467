package org.switchboard.account.boundary;

import org.switchboard.account.entity.ClientStatus;

import java.io.Serializable;
import java.time.Instant;

/** One client account as the Accounts page lists it. */
public record AccountRow(long id, String name, String planCode, ClientStatus status, int seats, int users, int openJobs,
                         int recentCandidates, Instant lastActivityAt, Instant createdAt, boolean allowPartnerLogin,
                         Instant trialEndsAt) implements Serializable {
}
