package org.switchboard.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One charge or refund, attributed to the portal that managed the client at the time. Never
 * changed or deleted; its natural key is unique, so the same sale cannot be recorded twice.
 */
@Entity
@Table(name = "sale")
public class Sale {

    @Id
    @SequenceGenerator(name = "sale_seq", sequenceName = "sale_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sale_seq")
    private Long id;

    @Column(name = "natural_key", nullable = false, updatable = false)
    private String naturalKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SaleType type;

    @Column(name = "portal_id", updatable = false)
    private Long portalId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private long subscriptionId;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "refunds_sale_id", updatable = false)
    private Long refundsSaleId;

    protected Sale() {
    }

    public Sale(String naturalKey, SaleType type, Long portalId, long clientId, long subscriptionId, Money amount,
                Instant occurredAt, String description, Long refundsSaleId) {
        this.naturalKey = naturalKey;
        this.type = type;
        this.portalId = portalId;
        this.clientId = clientId;
        this.subscriptionId = subscriptionId;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.occurredAt = occurredAt;
        this.description = description.length() > 300 ? description.substring(0, 300) : description;
        this.refundsSaleId = refundsSaleId;
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("Sales are never changed or deleted");
    }

    public Long getId() {
        return id;
    }

    public SaleType getType() {
        return type;
    }

    public Long getPortalId() {
        return portalId;
    }

    public long getClientId() {
        return clientId;
    }

    public Money getAmount() {
        return Money.of(amount, currency);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDescription() {
        return description;
    }

    public Long getRefundsSaleId() {
        return refundsSaleId;
    }

    public String getNaturalKey() {
        return naturalKey;
    }

    public long getSubscriptionId() {
        return subscriptionId;
    }

}
