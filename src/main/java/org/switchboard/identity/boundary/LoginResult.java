package org.switchboard.identity.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** The outcome of checking an e-mail and password. */
public record LoginResult(Status status, Long userId, Set<String> groups, Instant lockedUntil) implements Serializable {

    public enum Status {
        /** The password matched an active, unlocked person. */
        VALID,
        /** Unknown e-mail or wrong password: the person is told the same thing for both. */
        INVALID,
        /** Too many wrong passwords; no password is checked until the lock lifts. */
        LOCKED,
        /** The password was right but the person has been deactivated. */
        INACTIVE
    }

    static LoginResult valid(long userId, Set<String> groups) {
        return new LoginResult(Status.VALID, userId, Set.copyOf(groups), null);
    }

    static LoginResult invalid() {
        return new LoginResult(Status.INVALID, null, Set.of(), null);
    }

    static LoginResult locked(Instant until) {
        return new LoginResult(Status.LOCKED, null, Set.of(), until);
    }

    static LoginResult inactive() {
        return new LoginResult(Status.INACTIVE, null, Set.of(), null);
    }

    public boolean isValid() {
        return status == Status.VALID;
    }
}
