package org.switchboard.earnings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A volume tier of a commission plan version. */
@Embeddable
public class CommissionTier {

    @Column(name = "min_clients", nullable = false)
    private int minClients;

    @Column(name = "bonus_points", nullable = false, precision = 5, scale = 2)
    private BigDecimal bonusPoints;

    protected CommissionTier() {
    }

    public CommissionTier(int minClients, BigDecimal bonusPoints) {
        this.minClients = minClients;
        this.bonusPoints = bonusPoints;
    }

    public int getMinClients() {
        return minClients;
    }

    public BigDecimal getBonusPoints() {
        return bonusPoints;
    }
}
