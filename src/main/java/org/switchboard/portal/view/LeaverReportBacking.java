package org.switchboard.portal.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.portal.boundary.Leaver;
import org.switchboard.portal.boundary.PortalLeavers;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicReference;

/** portal/setup.xhtml's Leaver report dialog: every way one person has into the portal's clients, and cutting it. */
@Named
@ViewScoped
public class LeaverReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalLeavers leavers;

    @Inject
    Tenant tenant;

    @Inject
    SetupBacking setup;

    private Leaver leaver;

    public void show(long membershipId) {
        AtomicReference<Leaver> found = new AtomicReference<>();
        if (Feedback.attempt("leaver report of " + membershipId, () -> found.set(
                leavers.leaverReport(tenant.requirePortalId(), tenant.requireRealUserId(), membershipId)))) {
            leaver = found.get();
            PrimeFaces.current().executeScript("PF('leaver').show()");
        }
    }

    /** Deactivates the person the report is of; their visits end and the dialog closes. */
    public void deactivate() {
        long membershipId = leaver.person().membershipId();
        if (Feedback.attempt("deactivate portal person " + membershipId,
                () -> leavers.deactivate(tenant.requirePortalId(), tenant.requireRealUserId(), membershipId))) {
            Messages.addGlobalInfo("Deactivated. Every way they had into the portal's clients is closed.");
            leaver = null;
            PrimeFaces.current().executeScript("PF('leaver').hide()");
        }
        setup.load();
    }

    public Leaver getLeaver() {
        return leaver;
    }
}
