package org.switchboard.api.boundary;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.api.entity.ApiScope;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.testsupport.TestData;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of API tokens, inside the server: who makes and revokes them, and what stops one. */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

    @Inject
    ApiTokens tokens;

    @Inject
    TestData data;

    private static LocalDate inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days);
    }

    @Test
    void aPartnerUserCannotMakeOrSeeTokens() {
        Portal portal = data.portal(PortalKind.CHANNEL_PARTNER);
        User partner = data.person();
        data.member(partner, portal, PortalRole.PARTNER_USER);
        assertThrows(NotPermitted.class, () -> tokens.create(portal.getId(), partner.getId(), "Mine",
                Set.of(ApiScope.ACCOUNTS_READ), inDays(10)));
        assertThrows(NotPermitted.class, () -> tokens.ofPortal(portal.getId(), partner.getId()));
    }

    @Test
    void anotherPortalsAdminCannotRevokeATokenAndLearnsNothingOfIt() {
        Portal portal = data.portal(PortalKind.CHANNEL_PARTNER);
        User admin = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        Portal rival = data.portal(PortalKind.CHANNEL_PARTNER);
        User rivalAdmin = data.person();
        data.member(rivalAdmin, rival, PortalRole.PORTAL_ADMIN);
        ApiTokens.Issued issued = tokens.create(portal.getId(), admin.getId(), "Sync", Set.of(ApiScope.ACCOUNTS_READ), inDays(10));
        NotFound refused = assertThrows(NotFound.class, () -> tokens.revoke(rival.getId(), rivalAdmin.getId(), issued.id()));
        assertEquals("No such API token in your portal.", refused.getMessage());
        assertThrows(NotFound.class, () -> tokens.revoke(rival.getId(), rivalAdmin.getId(), 999_999_999L));
        assertInstanceOf(TokenCheck.Allowed.class, tokens.check(issued.secret(), "127.0.0.1"));
    }

    @Test
    void aTokenActsForItsOwnerInItsPortalWithItsScopes() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        User admin = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        ApiTokens.Issued issued = tokens.create(portal.getId(), admin.getId(), " Sync ", Set.of(ApiScope.ACCOUNTS_READ),
                inDays(0));
        TokenCheck.Allowed allowed = assertInstanceOf(TokenCheck.Allowed.class, tokens.check(issued.secret(), "10.0.0.1"));
        assertEquals(portal.getId(), allowed.caller().portalId());
        assertEquals(admin.getId(), allowed.caller().userId());
        assertEquals(Set.of(ApiScope.ACCOUNTS_READ), allowed.caller().scopes());
        assertEquals("Sync", tokens.ofPortal(portal.getId(), admin.getId()).get(0).name(), "the name is trimmed");
        assertTrue(tokens.ofPortal(portal.getId(), admin.getId()).get(0).usable(), "valid through the whole last day");
    }

    @Test
    void aTokenNeedsANameAScopeAndAnExpiryWithinAYear() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        User admin = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        Set<ApiScope> read = Set.of(ApiScope.ACCOUNTS_READ);
        assertThrows(Refused.class, () -> tokens.create(portal.getId(), admin.getId(), " ", read, inDays(5)));
        assertThrows(Refused.class, () -> tokens.create(portal.getId(), admin.getId(), "x".repeat(101), read, inDays(5)));
        assertThrows(Refused.class, () -> tokens.create(portal.getId(), admin.getId(), "None", Set.of(), inDays(5)));
        assertThrows(Refused.class, () -> tokens.create(portal.getId(), admin.getId(), "Past", read, inDays(-1)));
        assertThrows(Refused.class, () -> tokens.create(portal.getId(), admin.getId(), "Far", read,
                inDays(ApiTokens.MOST_DAYS + 1)));
        assertThrows(Refused.class, () -> tokens.create(portal.getId(), admin.getId(), "Never", read, null));
        assertEquals(0, tokens.ofPortal(portal.getId(), admin.getId()).size());
    }

    @Test
    void aPortalHoldsAtMostFiftyWorkingTokens() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        User admin = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        ApiTokens.Issued first = null;
        for (int i = 0; i < ApiTokens.MOST_ACTIVE; i++) {
            ApiTokens.Issued issued = tokens.create(portal.getId(), admin.getId(), "T" + i, Set.of(ApiScope.ACCOUNTS_READ), inDays(5));
            first = first == null ? issued : first;
        }
        assertThrows(Refused.class, () -> tokens.create(portal.getId(), admin.getId(), "One more",
                Set.of(ApiScope.ACCOUNTS_READ), inDays(5)));
        tokens.revoke(portal.getId(), admin.getId(), first.id());
        tokens.create(portal.getId(), admin.getId(), "One more", Set.of(ApiScope.ACCOUNTS_READ), inDays(5));
    }
}
