package org.switchboard.client.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamePrefixTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreTakenLiterally() {
        assertEquals("50\\%%", NamePrefix.likePattern("50%"));
        assertEquals("a\\_b%", NamePrefix.likePattern("a_b"));
        assertEquals("c\\\\d%", NamePrefix.likePattern("c\\d"));
    }

    @Test
    void theTextIsTrimmedAndLowerCased() {
        assertEquals("ada b%", NamePrefix.likePattern("  Ada B "));
    }

    @Test
    void tooShortAndTooLongAreTold() {
        assertTrue(NamePrefix.isTooShort(" a "));
        assertTrue(NamePrefix.isTooShort(null));
        assertFalse(NamePrefix.isTooShort("ad"));
        assertTrue(NamePrefix.isTooLong("x".repeat(10_000)));
        assertFalse(NamePrefix.isTooLong("x".repeat(200)));
    }
}
