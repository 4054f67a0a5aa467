package org.switchboard.platform.tenancy;

import java.time.Instant;

/**
 * A partner visit as checked for this request: the real person, the person acted as, the client
 * and the portal it came from, and when it ends unless used again.
 *
 * @param asUser     signed in as one of the client's users rather than as themselves
 * @param restricted the portal user may not open the client's Settings
 * @param endsAt     the earlier of the idle end (if nothing else happens) and the hard limit
 */
public record Visit(long accessSessionId, long portalId, long clientId, long realUserId, long effectiveUserId,
                   boolean asUser, boolean restricted, Instant endsAt, String returnTo) {

    public boolean isIn(long clientId) {
        return this.clientId == clientId;
    }
}
