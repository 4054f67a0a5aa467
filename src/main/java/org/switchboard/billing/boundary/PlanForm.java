package org.switchboard.billing.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;

/** A plan as the operator enters it. */
public record PlanForm(
        @NotBlank(message = "Give the plan a code.")
        @Pattern(regexp = "[a-z0-9-]{2,64}", message = "A code is 2 to 64 lower-case letters, digits or dashes.") String code,
        @NotBlank(message = "Give the plan a name.") @Size(max = 200, message = "A name has at most 200 characters.") String name,
        @NotNull(message = "Give the monthly price per seat.") @DecimalMin(value = "0.00", message = "Prices cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "Prices have at most two decimals.") BigDecimal monthlySeatPrice,
        @NotNull(message = "Give the annual price per seat.") @DecimalMin(value = "0.00", message = "Prices cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "Prices have at most two decimals.") BigDecimal annualSeatPrice,
        @NotBlank(message = "Give the currency.") @Pattern(regexp = "[A-Z]{3}", message = "A currency is its ISO code, e.g. EUR.") String currency,
        @Min(value = 0, message = "Trial days cannot be negative.") @Max(value = 90, message = "A trial lasts at most 90 days.") int trialDays,
        boolean active) implements Serializable {
}
