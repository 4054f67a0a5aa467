package org.switchboard.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.switchboard.identity.boundary.PasswordResets;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.kernel.EmailAddress;

/** forgot-password.xhtml: asks for a reset link; says the same whether or not the address has a login. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    static final String SENT = "If this address has a Switchboard login, a link to choose a new password is on its way. "
            + "It works for one hour.";

    @Inject
    PasswordResets resets;

    @NotBlank(message = "Enter your e-mail address.")
    @Email(message = "Enter a valid e-mail address.")
    @Size(max = EmailAddress.MAX_LENGTH, message = "An e-mail address has at most 254 characters.")
    private String email;

    private boolean sent;

    public void send() {
        String address = email;
        sent = Feedback.attempt("password reset request", () -> resets.request(address));
    }

    public boolean isSent() {
        return sent;
    }

    public String getSentMessage() {
        return SENT;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
