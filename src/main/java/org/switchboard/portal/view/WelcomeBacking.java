package org.switchboard.portal.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.client.entity.ClientStatus;
import org.switchboard.portal.boundary.PortalOverview;
import org.switchboard.portal.boundary.PortalSnapshot;
import org.switchboard.platform.tenancy.Tenant;

import java.util.List;

/** portal/welcome.xhtml: a snapshot across the clients of the portal, within the person's scope. */
@Named
@RequestScoped
public class WelcomeBacking {

    @Inject
    PortalOverview overview;

    @Inject
    Tenant tenant;

    private PortalSnapshot snapshot;

    @PostConstruct
    void load() {
        // The AccessFilter has already established membership; empty would mean it ended just now.
        snapshot = overview.snapshot(tenant.requirePortalId(), tenant.requireUserId())
                .orElseThrow(() -> new IllegalStateException("Portal membership ended during the request"));
    }

    public PortalSnapshot getSnapshot() {
        return snapshot;
    }

    public List<ClientStatus> getStatuses() {
        return List.of(ClientStatus.values());
    }
}
