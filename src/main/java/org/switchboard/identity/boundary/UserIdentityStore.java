package org.switchboard.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Jakarta Security's view of our users. The caller principal's name is the user's id, which stays
 * the same when the person changes their e-mail address.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(UserIdentityStore.class.getName());

    @Inject
    LoginService logins;

    @Inject
    LoginOutcome outcome;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result;
        try {
            result = logins.verify(login.getCaller(), login.getPasswordAsString());
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Login check failed", failure);
            return CredentialValidationResult.INVALID_RESULT;
        }
        outcome.set(result);
        if (!result.isValid()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(new CallerPrincipal(String.valueOf(result.userId())), result.groups());
    }
}
