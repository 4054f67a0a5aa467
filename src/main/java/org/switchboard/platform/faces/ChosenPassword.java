package org.switchboard.platform.faces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Messages;
import org.switchboard.platform.security.PasswordPolicy;

import java.io.Serializable;
import java.util.Optional;

/**
 * A new password typed twice, as the change, reset and invitation forms ask for it: the same rules
 * on every form, and the same message, on the second field, when the two differ. The service that
 * takes the password still applies the whole policy (PasswordPolicy).
 */
public class ChosenPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Choose a new password.")
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH,
            message = "Use between {min} and {max} characters.")
    private String password;

    @NotBlank(message = "Type the new password again.")
    private String confirmation;

    /**
     * The password when both fields agree; otherwise empty, with the message on the component
     * {@code confirmationId} (its client id).
     */
    public Optional<String> agreed(String confirmationId) {
        if (password == null || !password.equals(confirmation)) {
            Messages.addError(confirmationId, "The two new passwords differ.");
            return Optional.empty();
        }
        return Optional.of(password);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
