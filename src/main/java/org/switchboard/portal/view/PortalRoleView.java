package org.switchboard.portal.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.account.boundary.AccountDirectory;
import org.switchboard.platform.tenancy.Tenant;

/** The signed-in person's role in the portal of this page, for showing the pages they may open. */
@Named("portalRole")
@RequestScoped
public class PortalRoleView {

    @Inject
    AccountDirectory directory;

    @Inject
    Tenant tenant;

    private Boolean admin;

    public boolean isAdmin() {
        if (admin == null) {
            admin = directory.isPortalAdmin(tenant.requireRealUserId(), tenant.requirePortalId());
        }
        return admin;
    }
}
