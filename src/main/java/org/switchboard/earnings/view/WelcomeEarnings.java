package org.switchboard.earnings.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.earnings.boundary.EarningsViews.Snapshot;
import org.switchboard.earnings.boundary.EarningsSnapshot;
import org.switchboard.platform.tenancy.Tenant;

/**
 * The earnings snapshot on portal/welcome.xhtml, for channel partners who may see the portal's
 * earnings: worked out once per request that shows it, and absent for everyone else.
 */
@Named
@RequestScoped
public class WelcomeEarnings {

    @Inject
    EarningsSnapshot earnings;

    @Inject
    Tenant tenant;

    private boolean loaded;
    private Snapshot snapshot;

    /** The figures, or null when the portal earns nothing or the person may not see them. */
    public Snapshot getSnapshot() {
        if (!loaded) {
            snapshot = earnings.snapshot(tenant.requirePortalId(), tenant.requireUserId()).orElse(null);
            loaded = true;
        }
        return snapshot;
    }
}
