package org.switchboard.support.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.switchboard.support.entity.CasePriority;

/** What a person writes to open a support case. */
public record CaseForm(
        @NotBlank(message = "Give the case a subject.") @Size(max = 200, message = "A subject has at most 200 characters.") String subject,
        @NotBlank(message = "Describe what happened.") @Size(max = 5000, message = "A description has at most 5,000 characters.") String description,
        @NotNull(message = "Choose a priority.") CasePriority priority) {
}
