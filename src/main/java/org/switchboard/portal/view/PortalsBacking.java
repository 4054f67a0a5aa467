package org.switchboard.portal.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.Verification;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.faces.PagedTable;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.portal.boundary.PortalDirectory;
import org.switchboard.portal.boundary.PortalSummary;

import java.io.Serializable;
import java.util.List;

/** admin/portals.xhtml: the operator finds portals, verifies or rejects partners and sets their kind. */
@Named
@ViewScoped
public class PortalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalDirectory directory;

    @Inject
    Tenant tenant;

    private String q;
    private Verification verification;
    private LazyDataModel<PortalSummary> portals = matching(null, null);

    public void search() {
        portals = matching(q, verification);
    }

    /** The portals whose name contains the text, in the verification state if one is chosen. */
    private static LazyDataModel<PortalSummary> matching(String text, Verification verification) {
        return PagedTable.of(PortalDirectory.class, service -> service.count(text, verification),
                (service, first, size) -> service.search(text, verification, first, size), PortalSummary::id);
    }

    public void verify(long portalId, String name) {
        if (Feedback.attempt("verify portal " + portalId, () -> directory.verify(portalId, tenant.requireRealUserId()))) {
            Messages.addGlobalInfo(name + " is verified.");
        }
    }

    public void reject(long portalId, String name) {
        if (Feedback.attempt("reject portal " + portalId, () -> directory.reject(portalId, tenant.requireRealUserId()))) {
            Messages.addGlobalInfo(name + " is rejected; its people can no longer enter it.");
        }
    }

    public void changeKind(long portalId, PortalKind kind) {
        if (Feedback.attempt("change the kind of portal " + portalId,
                () -> directory.changeKind(portalId, tenant.requireRealUserId(), kind))) {
            Messages.addGlobalInfo("Kind changed to " + kind.label() + ".");
        }
    }

    public void changeCandidateSharing(long portalId, String name, boolean on) {
        if (Feedback.attempt("candidate sharing of portal " + portalId,
                () -> directory.changeCandidateSharing(portalId, tenant.requireRealUserId(), on))) {
            Messages.addGlobalInfo(on ? name + "'s accounts may now share candidates (each account opts in)."
                    : name + "'s accounts no longer share candidates.");
        }
    }

    public LazyDataModel<PortalSummary> getPortals() {
        return portals;
    }

    public List<PortalKind> getKinds() {
        return List.of(PortalKind.values());
    }

    public List<Verification> getVerifications() {
        return List.of(Verification.values());
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Verification getVerification() {
        return verification;
    }

    public void setVerification(Verification verification) {
        this.verification = verification;
    }
}
