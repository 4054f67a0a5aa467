package org.switchboard.client.boundary;

import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;

/** What a client account's dashboard shows of it. */
public record ClientSnapshot(long clientId, String name, String planCode, ClientStatus status, int seats,
                             String portalName, boolean allowPartnerLogin, ClientRole partnerRoleCap, int activeUsers,
                             int openJobs, int recentCandidates) {
}
