package org.switchboard.platform.kernel;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule that makes one identity per person: an e-mail address is compared and stored trimmed
 * and in lower case, so "Sam@Example.com" and "sam@example.COM " are the same login.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;

    // Deliberately plain: one @, no blanks, a dot in the domain. Bean Validation's @Email does the
    // finer checks on forms; this guards the identity key itself.
    private static final Pattern SHAPE = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@.]+$");

    private EmailAddress() {
    }

    /** The normalised form, or empty when the input is not an e-mail address at all. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String candidate = raw.strip().toLowerCase(Locale.ROOT);
        if (candidate.length() > MAX_LENGTH || !SHAPE.matcher(candidate).matches()) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** Whether two inputs name the same person's login. */
    public static boolean sameIdentity(String one, String other) {
        Optional<String> first = normalise(one);
        return first.isPresent() && first.equals(normalise(other));
    }
}
