package org.switchboard.portal.boundary;

import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.Verification;

import java.time.Instant;

/** One row of the operator's list of portals. */
public record PortalSummary(long id, String name, PortalKind kind, Verification verification, Instant createdAt,
                            long clients, boolean candidateSharing) {
}
