package org.switchboard.client.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.client.boundary.ClientOverview;
import org.switchboard.client.boundary.ClientSnapshot;
import org.switchboard.client.boundary.ActivityEntry;
import org.switchboard.platform.tenancy.Tenant;

import java.util.List;

/** client/dashboard.xhtml: the client account's own home. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    ClientOverview overview;

    @Inject
    Tenant tenant;

    @Inject
    ActivityLog activity;

    private ClientSnapshot snapshot;
    private List<ActivityEntry> latest;

    @PostConstruct
    void load() {
        snapshot = overview.snapshot(tenant.requireClientId())
                .orElseThrow(() -> new IllegalStateException("Client account vanished during the request"));
        latest = activity.latestOf(tenant.requireClientId(), 0, 10);
    }

    public List<ActivityEntry> getLatest() {
        return latest;
    }

    public ClientSnapshot getSnapshot() {
        return snapshot;
    }
}
