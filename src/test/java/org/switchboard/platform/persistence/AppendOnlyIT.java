package org.switchboard.platform.persistence;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.access.entity.PartnerLoginConsent;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.TestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records that are only ever added refuse a change through JPA on every database (on PostgreSQL
 * the database's triggers refuse it too, see LedgerTamperingIT), and the refused change leaves the
 * record as it was.
 */
@ExtendWith(ArquillianExtension.class)
class AppendOnlyIT {

    @Inject
    TestData data;

    @Test
    void rewritingWhoGaveAClientsConsentToPartnerLoginIsRefusedAndChangesNothing() {
        PartnerLoginConsent consent = consentOfANewClient("Dana Director");

        EJBException refused = assertThrows(EJBException.class,
                () -> data.rewrite(PartnerLoginConsent.class, consent.getId(), "givenBy", "Somebody Else"));

        assertTrue(String.valueOf(causeOf(refused).getMessage()).contains("append-only"), causeOf(refused).toString());
        assertEquals("Dana Director", reloaded(consent).getGivenBy());
    }

    @Test
    void deletingAClientsConsentToPartnerLoginIsRefusedAndTheRecordStays() {
        PartnerLoginConsent consent = consentOfANewClient("Eli Owner");

        assertThrows(EJBException.class, () -> data.remove(PartnerLoginConsent.class, consent.getId()));

        assertEquals("Eli Owner", reloaded(consent).getGivenBy());
    }

    private PartnerLoginConsent consentOfANewClient(String givenBy) {
        ClientAccount client = data.client(data.portal(PortalKind.SERVICE_PROVIDER), ClientStatus.ACTIVE);
        data.consent(client, givenBy);
        return data.all(PartnerLoginConsent.class, "e.clientId = ?1", client.getId()).get(0);
    }

    private PartnerLoginConsent reloaded(PartnerLoginConsent consent) {
        return data.all(PartnerLoginConsent.class, "e.id = ?1", consent.getId()).get(0);
    }

    private static Throwable causeOf(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && !(cause instanceof IllegalStateException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
