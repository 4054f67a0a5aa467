package org.switchboard.identity.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.switchboard.platform.faces.ChosenPassword;
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
    private final ChosenPassword chosen = new ChosenPassword();

    public void load() {
        usable = resets.usable(token);
    }

    public void reset() {
        var newPassword = chosen.agreed("resetPassword:confirmation");
        if (newPassword.isPresent()
                && Feedback.attempt("password reset", () -> resets.reset(token, newPassword.get()))) {
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

    public ChosenPassword getChosen() {
        return chosen;
    }
}
