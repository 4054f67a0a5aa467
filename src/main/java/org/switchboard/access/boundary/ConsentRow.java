package org.switchboard.access.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A client account as the operator's consent page lists it, with the latest written consent on file. */
public record ConsentRow(long clientId, String clientName, String portalName, boolean allowPartnerLogin,
                         String consentGivenBy, LocalDate consentGivenOn, boolean demo) implements Serializable {

    public boolean hasConsent() {
        return consentGivenBy != null;
    }
}
