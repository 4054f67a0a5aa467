package org.switchboard.portal.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.PortalRole;

import java.io.Serializable;
import java.util.List;

/**
 * What a portal admin enters to add one of the portal's people. A new person either gets a
 * temporary password (to change at first login, unless unticked) or an invitation link by e-mail.
 */
public record PersonForm(
        @NotBlank(message = "Enter the person's e-mail address; it is their username.")
        @Email(message = "Enter a valid e-mail address.")
        @Size(max = 254, message = "An e-mail address has at most 254 characters.") String email,
        @NotBlank(message = "Enter the first name.") @Size(max = 100, message = "A first name has at most 100 characters.") String firstName,
        @NotBlank(message = "Enter the last name.") @Size(max = 100, message = "A last name has at most 100 characters.") String lastName,
        @NotNull(message = "Choose a role.") PortalRole role,
        boolean restricted,
        boolean active,
        @NotNull(message = "Choose which clients they reach.") ClientScope scope,
        List<Long> assignedClientIds,
        boolean invite,
        String temporaryPassword,
        boolean mustChangePassword,
        boolean sendWelcome) implements Serializable {
}
