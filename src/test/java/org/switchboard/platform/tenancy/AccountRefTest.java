package org.switchboard.platform.tenancy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountRefTest {

    @Test
    void keysRoundTrip() {
        assertEquals(AccountRef.portal(12), AccountRef.parse(AccountRef.portal(12).key()).orElseThrow());
        assertEquals(AccountRef.client(4051), AccountRef.parse("C4051").orElseThrow());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"X12", "P", "Pabc", "C12; drop table", "P99999999999999999999", "p12"})
    void tamperedKeysAreNoAccount(String key) {
        assertTrue(AccountRef.parse(key).isEmpty());
    }
}
