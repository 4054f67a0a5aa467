package org.switchboard.platform.security;

import org.switchboard.platform.kernel.EmailAddress;

import java.util.Optional;

/** What a new password must be: long enough, not the e-mail, not one of the 10,000 most common. Returns the reason a password is refused, in words for the form. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    public static Optional<String> refusal(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces.");
        }
        if (EmailAddress.sameIdentity(password, email)) {
            return Optional.of("Your password cannot be your e-mail address.");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("That is one of the most common passwords; choose one that is harder to guess.");
        }
        return Optional.empty();
    }
}
