package org.switchboard.access.boundary;

/** What the visit banner names: the client, the portal the visit came from, and the person acted as. */
public record VisitFacts(String clientName, String portalName, String actingName, String actingEmail) {
}
