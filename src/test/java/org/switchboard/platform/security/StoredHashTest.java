package org.switchboard.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoredHashTest {

    @Test
    void readsAlgorithmAndIterationsFromAJakartaSecurityHash() {
        StoredHash stored = StoredHash.parse("PBKDF2WithHmacSHA256:1000:c2FsdA==:aGFzaA==").orElseThrow();
        assertEquals("PBKDF2WithHmacSHA256", stored.algorithm());
        assertEquals(1000, stored.iterations());
    }

    @Test
    void anythingElseIsNotAHash() {
        assertTrue(StoredHash.parse(null).isEmpty());
        assertTrue(StoredHash.parse("plain text").isEmpty());
        assertTrue(StoredHash.parse("PBKDF2WithHmacSHA512:many:salt:hash").isEmpty());
    }
}
