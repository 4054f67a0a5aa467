package org.switchboard.api.entity;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stored scopes: codes in a stable order, and a code this version does not know grants nothing. */
class ApiScopeTest {

    @Test
    void scopesAreStoredAsTheirCodesAndReadBack() {
        Set<ApiScope> all = EnumSet.allOf(ApiScope.class);
        assertEquals(all, ApiScope.split(ApiScope.join(all)));
        assertEquals("accounts:read people:read", ApiScope.join(Set.of(ApiScope.PEOPLE_READ, ApiScope.ACCOUNTS_READ)));
    }

    @Test
    void anUnknownOrEmptyCodeGrantsNothing() {
        assertEquals(Set.of(), ApiScope.split("operator:everything"));
        assertEquals(Set.of(), ApiScope.split(""));
        assertEquals(Set.of(ApiScope.ACCOUNTS_READ), ApiScope.split("  accounts:read   admin:all "));
    }
}
