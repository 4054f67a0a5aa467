package org.switchboard.earnings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One unit of {@code from} is {@code rate} of {@code to}, from a date until the next entry of the pair. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate {

    @Id
    @SequenceGenerator(name = "exchange_rate_seq", sequenceName = "exchange_rate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_rate_seq")
    private Long id;

    @Column(name = "from_currency", nullable = false, updatable = false)
    private String fromCurrency;

    @Column(name = "to_currency", nullable = false, updatable = false)
    private String toCurrency;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(nullable = false, updatable = false, precision = 18, scale = 8)
    private BigDecimal rate;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ExchangeRate() {
    }

    public ExchangeRate(String fromCurrency, String toCurrency, LocalDate validFrom, BigDecimal rate, long createdBy,
                        Instant createdAt) {
        this.fromCurrency = fromCurrency;
        this.toCurrency = toCurrency;
        this.validFrom = validFrom;
        this.rate = rate;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("Exchange rates that may have been used are never changed");
    }

    public Long getId() {
        return id;
    }

    public String getFromCurrency() {
        return fromCurrency;
    }

    public String getToCurrency() {
        return toCurrency;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
