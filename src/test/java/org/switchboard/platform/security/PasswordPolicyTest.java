package org.switchboard.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void twelveCharactersAreEnough() {
        assertTrue(PasswordPolicy.refusal("abcdefghijkl", "sam@example.com").isEmpty());
    }

    @Test
    void shortPasswordsAreRefusedWithTheReason() {
        assertEquals("Use at least 12 characters.", PasswordPolicy.refusal("abcdefghijk", "sam@example.com").orElseThrow());
    }

    @Test
    void theEmailAddressIsNoPasswordInAnyCase() {
        assertTrue(PasswordPolicy.refusal("Ada.Lovelace@Example.com", "ada.lovelace@example.com").isPresent());
    }

    @Test
    void blankAndOverLongPasswordsAreRefused() {
        assertTrue(PasswordPolicy.refusal(" ".repeat(12), "sam@example.com").isPresent());
        assertTrue(PasswordPolicy.refusal("x".repeat(201), "sam@example.com").isPresent());
    }

    @Test
    void theTenThousandMostCommonPasswordsAreRefusedInAnyCase() {
        assertEquals(10_000, CommonPasswords.size(), "the whole list ships with the application");
        assertEquals("That is one of the most common passwords; choose one that is harder to guess.",
                PasswordPolicy.refusal("1qaz2wsx3edc", "sam@example.com").orElseThrow());
        assertTrue(PasswordPolicy.refusal("QAZWSXEDCRFV", "sam@example.com").isPresent(), "whatever the letter case");
        assertTrue(PasswordPolicy.refusal("correct horse battery", "sam@example.com").isEmpty());
    }
}
