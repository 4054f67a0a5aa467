package org.switchboard.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes passwords with Jakarta Security's PBKDF2 (HMAC-SHA512, 210,000 iterations, a random
 * 32-byte salt per password). Stored hashes carry their own algorithm and iterations, so older,
 * weaker ones still verify and are upgraded at the next login.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    public static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when no user matches, so that an unknown e-mail takes as long as a wrong password. */
    private String decoy;

    private volatile String unusable;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate("decoy password that matches nothing".toCharArray());
    }

    /**
     * The stored hash for a login that nobody knows the password of (an invited person, a demo
     * account's sample people): the hash of 32 random bytes that were thrown away, made once per
     * server. No password matches it, as with a hash per login, but inviting someone no longer costs
     * a full PBKDF2 hash (a demo account's sample people took seconds).
     */
    public String unusable() {
        String made = unusable;
        if (made == null) {
            synchronized (this) {
                if (unusable == null) {
                    byte[] secret = new byte[32];
                    new java.security.SecureRandom().nextBytes(secret);
                    unusable = pbkdf2.generate(java.util.HexFormat.of().formatHex(secret).toCharArray());
                }
                made = unusable;
            }
        }
        return made;
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        if (storedHash == null) {
            pbkdf2.verify(password.toCharArray(), decoy);
            return false;
        }
        try {
            return pbkdf2.verify(password.toCharArray(), storedHash);
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }

    /** Burns the same time as a real check; used when there is nothing to check against. */
    public void verifyDecoy(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }

    /** Whether a stored hash is weaker than what {@link #hash} makes now. */
    public boolean needsRehash(String storedHash) {
        return StoredHash.parse(storedHash)
                .map(stored -> !stored.algorithm().equals(ALGORITHM) || stored.iterations() < ITERATIONS)
                .orElse(true);
    }
}
