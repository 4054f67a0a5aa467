package org.switchboard.billing.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.switchboard.billing.control.BillingPeriod;

import java.io.Serializable;

/**
 * What a portal user enters to provision a client account: the company, its admin, the plan and
 * seats. For a trial the billing period is not asked.
 */
public record NewAccount(
        @NotBlank(message = "Enter the company name.")
        @Size(max = 200, message = "A company name has at most 200 characters.") String companyName,
        @NotBlank(message = "Choose the country.")
        @Pattern(regexp = "[A-Z]{2}", message = "Choose the country.") String country,
        @NotBlank(message = "Choose the currency.")
        @Pattern(regexp = "[A-Z]{3}", message = "Choose the currency.") String currency,
        @NotBlank(message = "Enter the admin's first name.")
        @Size(max = 100, message = "A first name has at most 100 characters.") String adminFirstName,
        @NotBlank(message = "Enter the admin's last name.")
        @Size(max = 100, message = "A last name has at most 100 characters.") String adminLastName,
        @NotBlank(message = "Enter the admin's e-mail address.")
        @Email(message = "Enter a valid e-mail address for the admin.")
        @Size(max = 254, message = "An e-mail address has at most 254 characters.") String adminEmail,
        @NotBlank(message = "Choose a plan.") String planCode,
        @Min(value = 1, message = "At least one seat.")
        @Max(value = 10_000, message = "At most 10,000 seats; ask us for more.") int seats,
        BillingPeriod billing) implements Serializable {
}
