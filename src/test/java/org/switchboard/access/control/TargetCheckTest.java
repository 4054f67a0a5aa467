package org.switchboard.access.control;

import org.junit.jupiter.api.Test;
import org.switchboard.account.entity.ClientRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetCheckTest {

    private static TargetCheck ordinary(ClientRole role, ClientRole ceiling) {
        return new TargetCheck(false, false, false, true, false, false, role, ceiling);
    }

    @Test
    void anActiveUserWithinTheClientsCapMayBeSignedInAs() {
        assertTrue(ordinary(ClientRole.CLIENT_ADMIN, ClientRole.CLIENT_ADMIN).refusal().isEmpty());
        assertTrue(ordinary(ClientRole.VIEWER, ClientRole.RECRUITER).refusal().isEmpty());
        assertTrue(ordinary(ClientRole.RECRUITER, ClientRole.RECRUITER).refusal().isEmpty());
    }

    @Test
    void noOneWithMoreRightsThanPartnersGetMayBeSignedInAs() {
        assertEquals("A client admin has more rights than the client allows partners (recruiter).",
                ordinary(ClientRole.CLIENT_ADMIN, ClientRole.RECRUITER).refusal().orElseThrow());
        assertTrue(ordinary(ClientRole.RECRUITER, ClientRole.VIEWER).refusal().isPresent());
    }

    @Test
    void eachForbiddenKindOfUserIsRefusedWithItsReason() {
        ClientRole v = ClientRole.VIEWER;
        ClientRole a = ClientRole.CLIENT_ADMIN;
        assertTrue(new TargetCheck(true, false, false, true, false, false, v, a).refusal().orElseThrow().contains("you"));
        assertTrue(new TargetCheck(false, true, false, true, false, false, v, a).refusal().orElseThrow().contains("operator"));
        assertTrue(new TargetCheck(false, false, true, true, false, false, v, a).refusal().orElseThrow().contains("partner portal"));
        assertTrue(new TargetCheck(false, false, false, false, false, false, v, a).refusal().orElseThrow().contains("inactive"));
        assertTrue(new TargetCheck(false, false, false, true, true, false, v, a).refusal().orElseThrow().contains("locked"));
        assertTrue(new TargetCheck(false, false, false, true, false, true, v, a).refusal().orElseThrow().contains("temporary"));
    }
}
