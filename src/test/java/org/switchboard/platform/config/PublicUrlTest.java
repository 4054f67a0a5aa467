package org.switchboard.platform.config;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicUrlTest {

    private static PublicUrl of(String configured) {
        PublicUrl url = new PublicUrl();
        url.configured = Optional.ofNullable(configured);
        return url;
    }

    @Test
    void linksAreBuiltOnTheConfiguredAddressWithOrWithoutItsTrailingSlash() {
        assertEquals(Optional.of("https://partners.example.com/login.xhtml"), of("https://partners.example.com").link("login.xhtml"));
        assertEquals(Optional.of("https://partners.example.com/login.xhtml"), of(" https://partners.example.com/ ").link("login.xhtml"));
    }

    @Test
    void withoutAConfiguredAddressNoLinkIsBuiltAtAll() {
        for (String unset : new String[]{null, "", "   "}) {
            PublicUrl url = of(unset);
            assertFalse(url.isConfigured());
            assertTrue(url.link("reset-password.xhtml?token=abc").isEmpty(), "never from the request");
            assertThrows(PublicUrl.LinksOff.class, () -> url.require("invitation.xhtml?token=abc"));
        }
    }
}
