package org.switchboard.account.control;

import org.junit.jupiter.api.Test;
import org.switchboard.account.entity.ClientStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountSearchTest {

    @Test
    void urlParametersBecomeASearch() {
        AccountSearch search = AccountSearch.fromUrl(" harbour ", "trial", "growth", "last-activity", "desc");
        assertEquals("harbour", search.text());
        assertEquals(ClientStatus.TRIAL, search.status());
        assertEquals("growth", search.plan());
        assertEquals(AccountSort.LAST_ACTIVITY, search.sort());
        assertFalse(search.ascending());
    }

    @Test
    void malformedParametersFallBackToTheDefaults() {
        AccountSearch search = AccountSearch.fromUrl("   ", "no-such-status", "x".repeat(65), "name; drop table", "sideways");
        assertNull(search.text());
        assertNull(search.status());
        assertNull(search.plan());
        assertEquals(AccountSort.NAME, search.sort());
        assertTrue(search.ascending());
    }

    @Test
    void anOverLongSearchIsCutToABoundedLength() {
        AccountSearch search = AccountSearch.fromUrl("a".repeat(10_000), null, null, null, null);
        assertEquals(AccountSearch.MAX_TEXT, search.text().length());
    }

    @Test
    void wildcardsTypedByAPersonAreTakenLiterally() {
        AccountSearch search = AccountSearch.fromUrl("100%_Fit\\", null, null, null, null);
        assertEquals("%100\\%\\_fit\\\\%", search.containsPattern());
        assertEquals("100\\%\\_fit\\\\%", search.prefixPattern());
    }

    @Test
    void aPrefixBecomesTheRangeOfStringsStartingWithIt() {
        String[] range = AccountSearch.fromUrl("Admin12", null, null, null, null).prefixRange();
        assertEquals("admin12", range[0]);
        assertEquals("admin13", range[1]);
        assertTrue("admin129@x.example".compareTo(range[0]) >= 0 && "admin129@x.example".compareTo(range[1]) < 0);
        assertFalse("admin13@x.example".compareTo(range[1]) < 0);
    }

    @Test
    void sortingTheSameColumnAgainReversesIt() {
        AccountSearch byName = AccountSearch.everything();
        AccountSearch reversed = byName.sortedBy(AccountSort.NAME);
        assertEquals(AccountSort.NAME, reversed.sort());
        assertFalse(reversed.ascending());
        assertTrue(reversed.sortedBy(AccountSort.NAME).ascending());
    }

    @Test
    void figuresAndDatesSortBiggestAndNewestFirst() {
        assertFalse(AccountSearch.everything().sortedBy(AccountSort.LAST_ACTIVITY).ascending());
        assertFalse(AccountSearch.everything().sortedBy(AccountSort.OPEN_JOBS).ascending());
        assertTrue(AccountSearch.everything().sortedBy(AccountSort.PLAN).ascending());
    }

    @Test
    void everySortHasAUrlNameThatReadsBack() {
        for (AccountSort sort : AccountSort.values()) {
            assertEquals(sort, AccountSort.fromUrl(sort.urlName()).orElseThrow());
        }
    }
}
