package org.switchboard.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.switchboard.identity.boundary.LoginOutcome;
import org.switchboard.identity.boundary.LoginResult;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.platform.security.PasswordPolicy;
import org.switchboard.platform.kernel.EmailAddress;
import org.switchboard.platform.tenancy.SessionCredentials;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** login.xhtml: e-mail and password, with a message that says what went wrong. */
@Named
@RequestScoped
public class LoginBacking {

    /**
     * The one answer to a wrong password, an unknown e-mail and an attempt held back by the
     * throttles: any difference would tell an attacker which logins exist.
     */
    static final String INVALID = "The e-mail address or password is not right. After several wrong tries, "
            + "sign-ins wait a while: “Forgot your password?” lifts the wait.";

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginOutcome outcome;

    @Inject
    UserAccounts users;

    @Inject
    SessionCredentials credentials;

    @Inject
    Clock clock;

    @NotBlank(message = "Enter your e-mail address.")
    @Email(message = "Enter a valid e-mail address.")
    @Size(max = EmailAddress.MAX_LENGTH, message = "An e-mail address has at most 254 characters.")
    private String email;

    @NotBlank(message = "Enter your password.")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "A password has at most 200 characters.")
    private String password;

    /** Where to go after signing in: only an invitation's page, the one place a link sends someone to sign in. */
    private static final java.util.regex.Pattern NEXT = java.util.regex.Pattern.compile(
            "invitation\\.xhtml\\?token=[A-Za-z0-9_-]{43}");

    private String next;

    /** Someone already signed in who opens the login page goes straight in. */
    public void redirectIfSignedIn() throws IOException {
        if (securityContext.getCallerPrincipal() != null) {
            Faces.redirect(destination());
        }
    }

    private String destination() {
        return next != null && NEXT.matcher(next).matches() ? next : "home.xhtml";
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A fresh session id before the person is known: an id planted beforehand is worthless.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(false)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                outcome.result().map(LoginResult::userId).flatMap(users::person)
                        .ifPresent(person -> credentials.signedInWith(person.passwordSetAt(), clock.instant()));
                Faces.redirect(destination());
            }
            default -> Messages.addGlobalError(failureMessage());
        }
    }

    private String failureMessage() {
        LoginResult result = outcome.result().orElse(null);
        if (result != null && result.status() == LoginResult.Status.INACTIVE) {
            // Only after the right password: the owner of a deactivated login is told why.
            return "This login has been deactivated. Ask your portal or account admin to reactivate it.";
        }
        return INVALID;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
