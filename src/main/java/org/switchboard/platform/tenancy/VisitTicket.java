package org.switchboard.platform.tenancy;

import java.io.Serializable;

/**
 * What the HTTP session keeps of an open partner visit: which AccessSession, into which client, and
 * the portal page to return to. Only a claim: every request checks the AccessSession itself.
 */
public record VisitTicket(long accessSessionId, long clientId, String returnTo) implements Serializable {
}
