package org.switchboard.platform.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailAddressTest {

    @Test
    void addressesAreTrimmedAndLowerCased() {
        assertEquals("ada.lovelace@example.com", EmailAddress.normalise("  Ada.Lovelace@Example.COM ").orElseThrow());
    }

    @Test
    void differentLetterCaseIsTheSameLogin() {
        assertTrue(EmailAddress.sameIdentity("PAT@acme.example", "pat@ACME.example"));
        assertFalse(EmailAddress.sameIdentity("pat@acme.example", "pat2@acme.example"));
    }

    @Test
    void lowerCasingIgnoresTheMachineLocale() {
        // In a Turkish locale "I".toLowerCase() is a dotless i; the identity key must not depend on that.
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertEquals("ian@isp.example", EmailAddress.normalise("IAN@ISP.example").orElseThrow());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "no-at-sign", "two@@example.com", "blank inside@example.com", "user@nodot",
            "@example.com", "user@example."})
    void malformedAddressesAreNoIdentity(String typed) {
        assertTrue(EmailAddress.normalise(typed).isEmpty());
        assertFalse(EmailAddress.sameIdentity(typed, typed));
    }

    @Test
    void overLongAddressesAreRefused() {
        String local = "a".repeat(250);
        assertTrue(EmailAddress.normalise(local + "@example.com").isEmpty());
        assertTrue(EmailAddress.normalise("a".repeat(240) + "@example.com").isPresent());
    }
}
