package org.switchboard.client.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.client.boundary.ClientOverview;
import org.switchboard.client.boundary.ClientSnapshot;
import org.switchboard.platform.tenancy.Tenant;

/** client/dashboard.xhtml: the client account's own home. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    ClientOverview overview;

    @Inject
    Tenant tenant;

    private ClientSnapshot snapshot;

    @PostConstruct
    void load() {
        snapshot = overview.snapshot(tenant.requireClientId())
                .orElseThrow(() -> new IllegalStateException("Client account vanished during the request"));
    }

    public ClientSnapshot getSnapshot() {
        return snapshot;
    }
}
