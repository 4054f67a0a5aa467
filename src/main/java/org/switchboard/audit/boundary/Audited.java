package org.switchboard.audit.boundary;

import org.switchboard.audit.entity.AuditEvent;

/**
 * Fired, inside the transaction that records it, for every audit event: areas above (webhooks)
 * learn of sign-ins to clients, accepted invitations and paid payouts without the audit log
 * knowing them.
 */
public record Audited(AuditEvent event) {
}
