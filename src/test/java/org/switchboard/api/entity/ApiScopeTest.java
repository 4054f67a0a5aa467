package org.switchboard.api.entity;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stored scopes: codes in a stable order, and a code this version does not know grants nothing. */
class ApiScopeTest {

    @Test
    void scopesAreStoredAsTheirCodesAndReadBack() {
        Set<ApiScope> all = EnumSet.allOf(ApiScope.class);
        assertEquals(all, ApiScope.split(ApiScope.join(all)));
        assertEquals("accounts:read people:read", ApiScope.join(Set.of(ApiScope.PEOPLE_READ, ApiScope.ACCOUNTS_READ)));
    }

    @Test
    void everyScopeHasAStableCodeOfItsOwn() {
        assertEquals(List.of("accounts:read", "provisioning:write", "subscriptions:write", "people:read", "people:write",
                "earnings:read", "access:read", "webhooks:write"), Arrays.stream(ApiScope.values()).map(ApiScope::code).toList(),
                "codes are what tokens store: a code never changes, new ones go last");
        assertEquals(Set.of(ApiScope.EARNINGS_READ, ApiScope.ACCESS_READ), ApiScope.split("access:read earnings:read"));
        assertEquals("earnings:read access:read", ApiScope.join(Set.of(ApiScope.ACCESS_READ, ApiScope.EARNINGS_READ)));
        for (ApiScope scope : ApiScope.values()) {
            assertTrue(scope.code().matches("[a-z]+:(read|write)"), scope.code());
            assertFalse(scope.description().isBlank(), scope.code());
        }
    }

    @Test
    void anUnknownOrEmptyCodeGrantsNothing() {
        assertEquals(Set.of(), ApiScope.split("operator:everything"));
        assertEquals(Set.of(), ApiScope.split(""));
        assertEquals(Set.of(ApiScope.ACCOUNTS_READ), ApiScope.split("  accounts:read   admin:all "));
    }
}
