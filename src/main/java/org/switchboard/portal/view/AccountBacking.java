package org.switchboard.portal.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.primefaces.model.LazyDataModel;
import org.switchboard.access.boundary.AccessRecords;
import org.switchboard.account.boundary.AccountRow;
import org.switchboard.client.boundary.ActivityEntry;
import org.switchboard.platform.faces.PagedTable;
import org.switchboard.platform.kernel.Shown;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.portal.boundary.ClientDetails;
import org.switchboard.support.boundary.CaseRow;
import org.switchboard.support.boundary.SupportCases;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** portal/account.xhtml?id=N: one client's details. A client outside the person's scope is a 404. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUPPORT_CASES_SHOWN = 20;

    @Inject
    ClientDetails details;

    @Inject
    Tenant tenant;

    @Inject
    SupportCases support;

    @Inject
    org.switchboard.portal.boundary.DemoClients demoClients;

    private Integer id;
    private AccountRow account;
    private ClientDetails.Figures figures;
    private LazyDataModel<ActivityEntry> activity;
    private AccessRecords history;
    private List<CaseRow> cases;
    private boolean demo;

    public void load() throws IOException {
        long portalId = tenant.requirePortalId();
        long userId = tenant.requireUserId();
        ClientDetails.Details found = id == null ? null : details.of(portalId, userId, id).orElse(null);
        if (found == null) {
            Faces.responseSendError(404, "No such client account");
            Faces.responseComplete();
            return;
        }
        account = found.account();
        figures = found.figures();
        long clientId = id;
        activity = PagedTable.of(ClientDetails.class, service -> service.activityCount(portalId, userId, clientId),
                (service, first, size) -> service.activity(portalId, userId, clientId, first, size), ActivityEntry::id);
        history = AccessRecords.ofPortalClient(portalId, id, userId);
        cases = support.casesOfPortalClient(portalId, userId, id, SUPPORT_CASES_SHOWN);
        demo = demoClients.of(portalId, userId).filter(account -> account.clientId() == id).isPresent();
    }

    /** The client's latest support cases (the client's own Support page lists them all). */
    public List<CaseRow> getCases() {
        return cases;
    }

    /** The portal's own demo account, which the page marks as such. */
    public boolean isDemo() {
        return demo;
    }

    public AccessRecords getHistory() {
        return history;
    }

    /** This page, for the visit to return to. */
    public String getSelf() {
        return "account.xhtml?id=" + id;
    }

    public AccountRow getAccount() {
        return account;
    }

    public ClientDetails.Figures getFigures() {
        return figures;
    }

    public List<String> getHireMonths() {
        return figures.hiresByMonth().keySet().stream().map(Shown::month).toList();
    }

    public List<Long> getHireCounts() {
        return List.copyOf(figures.hiresByMonth().values());
    }

    public LazyDataModel<ActivityEntry> getActivity() {
        return activity;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }
}
