package org.switchboard.platform.tenancy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page of the web sources has an access rule, and every rule a page (IsolationIT then tries them all). */
class PagesTest {

    @Test
    void everyPageHasARule() {
        assertEquals(Pages.all().keySet(), IsolationIT.pagesOfTheWar());
    }

    @Test
    void aVisitReturnsToThePortalPageItStartedFromAndSaysItEnded() {
        assertEquals("/portal/accounts.xhtml?q=harbour&visit=ended",
                Pages.returnPage(new VisitTicket(1, 2, "/portal/accounts.xhtml?q=harbour")));
        assertEquals("/portal/accounts.xhtml?visit=ended", Pages.returnPage(new VisitTicket(1, 2, null)));
        assertTrue(Pages.ruleFor("/portal/unlisted.xhtml").isEmpty());
    }
}
