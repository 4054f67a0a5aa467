package org.switchboard.client.boundary;

import org.switchboard.client.entity.ClientStatus;
import org.switchboard.identity.entity.ClientRole;

/** What a client account's dashboard shows of it. */
public record ClientSnapshot(long clientId, String name, String planCode, ClientStatus status, int seats,
                             String portalName, boolean allowPartnerLogin, ClientRole partnerRoleCap, int activeUsers,
                             int openJobs, int recentCandidates) {
}
