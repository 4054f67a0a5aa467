package org.switchboard.portal.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.portal.boundary.PortalDirectory;
import org.switchboard.portal.boundary.PortalSummary;

import java.util.List;

/** admin/portals.xhtml: the operator's list of portals. */
@Named
@RequestScoped
public class PortalsBacking {

    @Inject
    PortalDirectory directory;

    private List<PortalSummary> portals;

    @PostConstruct
    void load() {
        portals = directory.all();
    }

    public List<PortalSummary> getPortals() {
        return portals;
    }
}
