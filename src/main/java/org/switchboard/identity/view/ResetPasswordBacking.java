package org.switchboard.identity.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.switchboard.identity.boundary.PasswordResets;
import org.switchboard.platform.faces.Feedback;

import java.io.Serializable;

/** reset-password.xhtml?token=…: chooses a new password with a link from the e-mail. */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResets resets;

    private String token;
    private boolean usable;
    private String newPassword;
    private String confirmation;

    public void load() {
        usable = resets.usable(token);
    }

    public void reset() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.addError("resetPassword:confirmation", "The two passwords differ.");
            return;
        }
        String chosen = newPassword;
        if (Feedback.attempt("password reset", () -> resets.reset(token, chosen))) {
            Faces.redirect("login.xhtml?reset=true");
        }
    }

    public boolean isUsable() {
        return usable;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
