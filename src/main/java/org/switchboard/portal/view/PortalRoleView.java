package org.switchboard.portal.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.platform.tenancy.Tenant;

/** The signed-in person's role in the portal of this page, for showing the pages they may open. */
@Named("portalRole")
@RequestScoped
public class PortalRoleView {

    @Inject
    Tenant tenant;

    @Inject
    PortalPermissions permissions;

    private Boolean admin;

    public boolean isAdmin() {
        if (admin == null) {
            admin = permissions.isAdmin(tenant.requireRealUserId(), tenant.requirePortalId());
        }
        return admin;
    }
}
