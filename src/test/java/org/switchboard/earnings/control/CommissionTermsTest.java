package org.switchboard.earnings.control;

import org.junit.jupiter.api.Test;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CommissionTermsTest {

    private static CommissionTerms terms(List<CommissionTerms.Tier> tiers) {
        return new CommissionTerms(Map.of(SaleType.NEW, new BigDecimal("20.00"), SaleType.RENEWAL, new BigDecimal("10.00"),
                SaleType.UPGRADE, new BigDecimal("97.50")), tiers, Money.of("0.00", "EUR"), 30, 60, Money.of("100.00", "EUR"));
    }

    private static CommissionTerms.Tier tier(int minClients, String points) {
        return new CommissionTerms.Tier(minClients, new BigDecimal(points));
    }

    @Test
    void withoutTiersEachSaleTypeHasItsOwnRateAndARefundNone() {
        CommissionTerms plain = terms(List.of());
        assertEquals(0, new BigDecimal("20").compareTo(plain.rateFor(SaleType.NEW, 50).percent()));
        assertEquals(0, new BigDecimal("10").compareTo(plain.rateFor(SaleType.RENEWAL, 0).percent()));
        assertEquals(0, BigDecimal.ZERO.compareTo(plain.rateFor(SaleType.REFUND, 3).percent()));
        assertEquals("NEW 20 %", plain.rateFor(SaleType.NEW, 50).note());
    }

    @Test
    void theHighestTierReachedAddsItsPointsFromItsMinimumOn() {
        // Given out of order: the terms sort them.
        CommissionTerms tiered = terms(List.of(tier(15, "5.00"), tier(5, "2.50")));
        assertEquals(0, new BigDecimal("20").compareTo(tiered.rateFor(SaleType.NEW, 4).percent()), "below the first tier");
        assertEquals(0, new BigDecimal("22.5").compareTo(tiered.rateFor(SaleType.NEW, 5).percent()), "at the first tier");
        assertEquals(0, new BigDecimal("22.5").compareTo(tiered.rateFor(SaleType.NEW, 14).percent()));
        assertEquals(0, new BigDecimal("25").compareTo(tiered.rateFor(SaleType.NEW, 15).percent()), "at the second tier");
        assertEquals(0, new BigDecimal("15").compareTo(tiered.rateFor(SaleType.RENEWAL, 400).percent()));
        assertEquals("NEW 20 % + 5 points (15+ paying clients, 16 now)", tiered.rateFor(SaleType.NEW, 16).note());
    }

    @Test
    void aTierNeverTakesTheRateAbove100() {
        CommissionTerms tiered = terms(List.of(tier(1, "5.00")));
        assertEquals(0, new BigDecimal("100").compareTo(tiered.rateFor(SaleType.UPGRADE, 1).percent()));
    }

    @Test
    void aTierOfNoPointsLeavesTheBaseRate() {
        CommissionTerms tiered = terms(List.of(tier(1, "0.00")));
        assertEquals("RENEWAL 10 %", tiered.rateFor(SaleType.RENEWAL, 3).note());
    }

    @Test
    void aPlanPaysInOneCurrency() {
        assertThrows(IllegalArgumentException.class, () -> new CommissionTerms(Map.of(), List.of(), Money.of("5.00", "USD"),
                0, 0, Money.of("100.00", "EUR")));
    }
}
