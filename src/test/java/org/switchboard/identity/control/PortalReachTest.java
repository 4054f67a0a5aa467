package org.switchboard.identity.control;

import org.junit.jupiter.api.Test;
import org.switchboard.identity.entity.ClientScope;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortalReachTest {

    private static final long PORTAL = 7;
    private static final long OTHER_PORTAL = 8;

    @Test
    void scopeAllReachesEveryClientOfThePortal() {
        PortalReach reach = new PortalReach(PORTAL, true, ClientScope.ALL, Set.of());
        assertTrue(reach.reaches(100, PORTAL));
        assertTrue(reach.reaches(101, PORTAL));
    }

    @Test
    void scopeAllNeverReachesAnotherPortalsClient() {
        PortalReach reach = new PortalReach(PORTAL, true, ClientScope.ALL, Set.of());
        assertFalse(reach.reaches(200, OTHER_PORTAL));
        assertFalse(reach.reaches(201, null));
    }

    @Test
    void assignedScopeReachesOnlyTheAssignedClients() {
        PortalReach reach = new PortalReach(PORTAL, true, ClientScope.ASSIGNED, Set.of(100L));
        assertTrue(reach.reaches(100, PORTAL));
        assertFalse(reach.reaches(101, PORTAL));
    }

    @Test
    void anAssignedClientThatMovedToAnotherPortalDropsOut() {
        PortalReach reach = new PortalReach(PORTAL, true, ClientScope.ASSIGNED, Set.of(100L));
        assertFalse(reach.reaches(100, OTHER_PORTAL));
    }

    @Test
    void anInactiveMembershipReachesNothing() {
        assertFalse(new PortalReach(PORTAL, false, ClientScope.ALL, Set.of()).reaches(100, PORTAL));
        assertFalse(new PortalReach(PORTAL, false, ClientScope.ASSIGNED, Set.of(100L)).reaches(100, PORTAL));
    }
}
