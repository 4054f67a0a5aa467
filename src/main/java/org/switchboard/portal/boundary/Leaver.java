package org.switchboard.portal.boundary;

import org.switchboard.access.boundary.LeaverReport;

import java.io.Serializable;

/** One of the portal's people and everything that lets them into its clients, as Setup's leaver report shows it. */
public record Leaver(PortalPerson person, LeaverReport report) implements Serializable {
}
