package org.switchboard.access.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.access.boundary.AccessRecords;
import org.switchboard.platform.tenancy.Tenant;

/** portal/access-history.xhtml: every visit the portal's people made to its clients, for portal admins. */
@Named
@RequestScoped
public class PortalAccessHistoryBacking {

    @Inject
    Tenant tenant;

    private AccessRecords history;

    public AccessRecords getHistory() {
        if (history == null) {
            history = AccessRecords.ofPortal(tenant.requirePortalId(), tenant.requireRealUserId());
        }
        return history;
    }
}
