package org.switchboard.platform.security;

import java.util.Optional;

/** The parameters carried in a stored PBKDF2 hash: "algorithm:iterations:salt:hash". */
public record StoredHash(String algorithm, int iterations) {

    public static Optional<StoredHash> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String[] parts = stored.split(":");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoredHash(parts[0], Integer.parseInt(parts[1])));
        } catch (NumberFormatException notAHash) {
            return Optional.empty();
        }
    }
}
