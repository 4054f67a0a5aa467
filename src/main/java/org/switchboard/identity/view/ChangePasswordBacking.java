package org.switchboard.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.switchboard.platform.faces.ChosenPassword;
import org.switchboard.identity.boundary.AccountRefused;
import org.switchboard.identity.boundary.PasswordService;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.platform.security.PasswordPolicy;
import org.switchboard.platform.tenancy.PersonState;
import org.switchboard.platform.tenancy.SessionCredentials;
import org.switchboard.platform.tenancy.Tenant;

import java.io.IOException;

/** change-password.xhtml: where a person with a temporary password must go first. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    PasswordService passwords;

    @Inject
    Tenant tenant;

    @Inject
    UserAccounts users;

    @Inject
    SessionCredentials credentials;

    @NotBlank(message = "Enter your current password.")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "A password has at most 200 characters.")
    private String currentPassword;

    private final ChosenPassword chosen = new ChosenPassword();

    public boolean isRequired() {
        return tenant.person().map(PersonState::mustChangePassword).orElse(false);
    }

    public void change() throws IOException {
        var newPassword = chosen.agreed("changePassword:confirmation");
        if (newPassword.isEmpty()) {
            return;
        }
        try {
            passwords.change(tenant.requireUserId(), currentPassword, newPassword.get());
        } catch (AccountRefused refused) {
            Messages.addGlobalError(refused.getMessage());
            return;
        }
        // This session goes on with the new password; every other session of the login is over.
        users.person(tenant.requireUserId()).ifPresent(person -> credentials.passwordChanged(person.passwordSetAt()));
        Messages.addFlashGlobalInfo("Your password has been changed.");
        Faces.redirect("home.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public ChosenPassword getChosen() {
        return chosen;
    }
}
