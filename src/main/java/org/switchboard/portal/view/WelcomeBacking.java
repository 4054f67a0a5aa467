package org.switchboard.portal.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.switchboard.account.boundary.AccountRow;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.platform.config.HelpLinks;
import org.switchboard.platform.faces.PagedTable;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.portal.boundary.ActivityRow;
import org.switchboard.portal.boundary.OpenJobRow;
import org.switchboard.portal.boundary.PortalOverview;
import org.switchboard.portal.boundary.PortalSnapshot;
import org.switchboard.support.boundary.SupportCases;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** portal/welcome.xhtml: a snapshot across the portal's clients, within the person's scope. */
@Named
@ViewScoped
public class WelcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalOverview overview;

    @Inject
    Tenant tenant;

    // Not kept across a session's move to another server: only load() reads it, and it records
    // the moment it saw for the figures that count days.
    @Inject
    transient Clock clock;

    private Instant loadedAt;

    @Inject
    HelpLinks helpLinks;

    @Inject
    SupportCases support;

    private long openSupportCases;

    private PortalSnapshot snapshot;
    private List<AccountRow> trialsEnding;
    private LazyDataModel<OpenJobRow> openJobs;
    private LazyDataModel<ActivityRow> activity;

    @PostConstruct
    void load() {
        long portal = tenant.requirePortalId();
        long user = tenant.requireUserId();
        loadedAt = clock.instant();
        // The AccessFilter has already established membership; empty would mean it ended just now.
        snapshot = overview.snapshot(portal, user)
                .orElseThrow(() -> new IllegalStateException("Portal membership ended during the request"));
        trialsEnding = overview.trialsEndingSoon(portal, user, 20);
        openSupportCases = support.openCasesInPortal(portal, user);
        openJobs = PagedTable.of(PortalOverview.class, service -> service.openJobCount(portal, user),
                (service, first, size) -> service.openJobs(portal, user, first, size), OpenJobRow::jobId);
        activity = PagedTable.of(PortalOverview.class, service -> service.activityCount(portal, user),
                (service, first, size) -> service.activity(portal, user, first, size), ActivityRow::id);
    }

    public PortalSnapshot getSnapshot() {
        return snapshot;
    }

    /** Support cases not yet solved across the clients in the person's scope. */
    public long getOpenSupportCases() {
        return openSupportCases;
    }

    public List<ClientStatus> getStatuses() {
        return List.of(ClientStatus.values());
    }

    public List<AccountRow> getTrialsEnding() {
        return trialsEnding;
    }

    public long daysLeft(AccountRow trial) {
        return Math.max(0, java.time.Duration.between(loadedAt, trial.trialEndsAt()).toDays());
    }

    public long daysOpen(OpenJobRow job) {
        return job.daysOpen(loadedAt);
    }

    public LazyDataModel<OpenJobRow> getOpenJobs() {
        return openJobs;
    }

    public LazyDataModel<ActivityRow> getActivity() {
        return activity;
    }

    public List<HelpLinks.Link> getHelpLinks() {
        return helpLinks.links();
    }
}
