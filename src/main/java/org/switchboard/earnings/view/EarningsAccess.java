package org.switchboard.earnings.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.earnings.boundary.PartnerEarnings;
import org.switchboard.platform.tenancy.Tenant;

/**
 * Whether the signed-in person may open the Earnings page of the portal of this page, for the
 * portal navigation: the page's own rule, asked once per request however often the menu asks.
 */
@Named("earningsAccess")
@RequestScoped
public class EarningsAccess {

    @Inject
    PartnerEarnings earnings;

    @Inject
    Tenant tenant;

    private Boolean visible;

    public boolean isVisible() {
        if (visible == null) {
            visible = earnings.maySee(tenant.requireRealUserId(), tenant.requirePortalId());
        }
        return visible;
    }
}
