package org.switchboard.earnings.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.switchboard.earnings.boundary.CommissionPlans;
import org.switchboard.earnings.boundary.CommissionPlans.PortalPlan;
import org.switchboard.earnings.entity.CommissionPlan;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * admin/commissions.xhtml: the operator finds channel portals, sees the commission plan in force
 * and its history, and adds a new version. The exchange rates on the same page have their own
 * bean, {@link ExchangeRatesBacking}.
 */
@Named
@ViewScoped
public class CommissionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommissionPlans plans;

    @Inject
    Tenant tenant;

    @Inject
    transient Clock clock;

    private String q;
    private List<PortalPlan> portals;
    private PortalPlan selected;
    private List<CommissionPlan> versions = List.of();
    private PlanDraft draft = new PlanDraft();

    @PostConstruct
    void load() {
        portals = plans.channelPortals(q);
    }

    public void search() {
        load();
    }

    public void showHistory(PortalPlan portal) {
        selected = portal;
        versions = plans.versions(portal.portalId());
    }

    public void startNewVersion(PortalPlan portal) {
        showHistory(portal);
        draft = PlanDraft.from(portal.current(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        PrimeFaces.current().executeScript("PF('version').show()");
    }

    public void saveVersion() {
        if (selected == null) {
            Messages.addGlobalError("Choose a portal first.");
            return;
        }
        long portalId = selected.portalId();
        if (Feedback.attempt("add a commission plan version for portal " + portalId,
                () -> plans.addVersion(tenant.requireRealUserId(), portalId, draft.toForm()))) {
            Messages.addGlobalInfo("Saved the plan of " + selected.portalName() + " from " + draft.getEffectiveFrom()
                    + ". Sales made before then keep the terms they were earned under.");
            PrimeFaces.current().executeScript("PF('version').hide()");
            load();
            portals.stream().filter(portal -> portal.portalId() == portalId).findFirst().ifPresent(this::showHistory);
        }
    }

    /** Today's date, for telling versions in force from those still to come. */
    public LocalDate getToday() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    public List<PortalPlan> getPortals() {
        return portals;
    }

    public PortalPlan getSelected() {
        return selected;
    }

    public List<CommissionPlan> getVersions() {
        return versions;
    }

    public PlanDraft getDraft() {
        return draft;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
