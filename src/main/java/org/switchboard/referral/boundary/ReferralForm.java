package org.switchboard.referral.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** What a partner tells about a lead. */
public record ReferralForm(
        @NotBlank(message = "Enter the company.") @Size(max = 200, message = "A company name has at most 200 characters.") String company,
        @NotBlank(message = "Enter whom to contact.") @Size(max = 200, message = "A name has at most 200 characters.") String contactName,
        @NotBlank(message = "Enter the contact's e-mail address.") @Email(message = "Enter a valid e-mail address.")
        @Size(max = 254, message = "An e-mail address has at most 254 characters.") String contactEmail,
        @Size(max = 2000, message = "Keep the notes under 2,000 characters.") String notes) implements Serializable {
}
