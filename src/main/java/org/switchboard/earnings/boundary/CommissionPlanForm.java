package org.switchboard.earnings.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new version of a portal's commission plan as the operator enters it. Tiers are written one per
 * line as "clients: points", e.g. "50: 5".
 */
public record CommissionPlanForm(
        @NotNull(message = "Give the date the plan applies from.") LocalDate effectiveFrom,
        @NotNull(message = "Give the rate for new subscriptions.") @DecimalMin(value = "0", message = "A rate lies between 0 and 100 %.")
        @DecimalMax(value = "100", message = "A rate lies between 0 and 100 %.")
        @Digits(integer = 3, fraction = 2, message = "A rate has at most two decimals.") BigDecimal rateNew,
        @NotNull(message = "Give the rate for renewals.") @DecimalMin(value = "0", message = "A rate lies between 0 and 100 %.")
        @DecimalMax(value = "100", message = "A rate lies between 0 and 100 %.")
        @Digits(integer = 3, fraction = 2, message = "A rate has at most two decimals.") BigDecimal rateRenewal,
        @NotNull(message = "Give the rate for upgrades.") @DecimalMin(value = "0", message = "A rate lies between 0 and 100 %.")
        @DecimalMax(value = "100", message = "A rate lies between 0 and 100 %.")
        @Digits(integer = 3, fraction = 2, message = "A rate has at most two decimals.") BigDecimal rateUpgrade,
        String tiers,
        @NotNull(message = "Give the referral bounty (0 for none).") @DecimalMin(value = "0", message = "A bounty cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "Amounts have at most two decimals.") BigDecimal referralBounty,
        @Min(value = 0, message = "The hold period cannot be negative.") @Max(value = 365, message = "The hold period is at most 365 days.") int holdDays,
        @Min(value = 0, message = "The clawback window cannot be negative.") @Max(value = 730, message = "The clawback window is at most 730 days.") int clawbackDays,
        @NotNull(message = "Give the payout threshold (0 for none).") @DecimalMin(value = "0", message = "The threshold cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "Amounts have at most two decimals.") BigDecimal threshold,
        @NotBlank(message = "Give the payout currency.") @Pattern(regexp = "[A-Z]{3}", message = "A currency is its ISO code, e.g. EUR.") String currency)
        implements Serializable {
}
