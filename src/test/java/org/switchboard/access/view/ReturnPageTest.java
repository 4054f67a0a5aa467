package org.switchboard.access.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Back to portal goes only to a portal page of ours, whatever a form posted as the page to return to. */
class ReturnPageTest {

    @Test
    void theAccountsAndDetailsPagesWithTheirStateAreKept() {
        assertEquals("/portal/accounts.xhtml?q=harbour+caf%C3%A9&sort=users&order=desc&page=3",
                SignInAsBacking.returnPage("accounts.xhtml?q=harbour+caf%C3%A9&sort=users&order=desc&page=3"));
        assertEquals("/portal/account.xhtml?id=4051", SignInAsBacking.returnPage("account.xhtml?id=4051"));
    }

    @Test
    void anythingElseReturnsToTheAccountsPage() {
        for (String forged : new String[]{null, "", "https://evil.example/", "//evil.example", "../admin/portals.xhtml",
                "accounts.xhtml?q=<script>", "welcome.xhtml", "accounts.xhtml\r\nSet-Cookie: x=1"}) {
            assertEquals("/portal/accounts.xhtml", SignInAsBacking.returnPage(forged), String.valueOf(forged));
        }
    }
}
