package org.switchboard.earnings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A sale whose earning cannot be worked out yet, because no exchange rate covers its currency on
 * its date. The operator sees it; once the rate is entered the earning is made and this is resolved.
 */
@Entity
@Table(name = "held_sale")
public class HeldSale {

    @Id
    @Column(name = "sale_id")
    private Long saleId;

    @Column(name = "portal_id", nullable = false, updatable = false)
    private long portalId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "held_at", nullable = false, updatable = false)
    private Instant heldAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected HeldSale() {
    }

    public HeldSale(long saleId, long portalId, String reason, Instant heldAt) {
        this.saleId = saleId;
        this.portalId = portalId;
        this.reason = reason.length() > 300 ? reason.substring(0, 300) : reason;
        this.heldAt = heldAt;
    }

    public void resolve(Instant at) {
        resolvedAt = at;
    }

    public void stillHeld(String reason) {
        this.reason = reason.length() > 300 ? reason.substring(0, 300) : reason;
    }

    public Long getSaleId() {
        return saleId;
    }

    public long getPortalId() {
        return portalId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
