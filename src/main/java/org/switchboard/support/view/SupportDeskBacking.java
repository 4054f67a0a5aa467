package org.switchboard.support.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.faces.PagedTable;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.support.boundary.CaseRow;
import org.switchboard.support.boundary.CaseView;
import org.switchboard.support.boundary.SupportDesk;
import org.switchboard.support.entity.CaseStatus;

import java.io.Serializable;
import java.util.List;

/** admin/support.xhtml: every client's support cases, filtered by status; one opened to answer it. */
@Named
@ViewScoped
public class SupportDeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportDesk desk;

    @Inject
    Tenant tenant;

    private CaseStatus filter;
    private LazyDataModel<CaseRow> model = cases(null);
    private CaseView open;
    private String reply;
    private CaseStatus newStatus;

    public void show(long caseId) {
        try {
            open = desk.view(caseId);
            newStatus = open.row().status();
            reply = null;
        } catch (NotFound | jakarta.ejb.EJBException gone) {
            Messages.addGlobalError("That case no longer exists.");
            open = null;
        }
    }

    public void close() {
        open = null;
    }

    public void sendReply() {
        long caseId = open.row().id();
        String body = reply;
        CaseStatus status = newStatus;
        if (Feedback.attempt("answer support case " + caseId, () -> desk.reply(caseId, tenant.requireRealUserId(), body, status))) {
            Messages.addGlobalInfo("Answer sent to " + open.openedBy() + ".");
            show(caseId);
        }
    }

    public void changeStatus() {
        long caseId = open.row().id();
        CaseStatus status = newStatus;
        if (Feedback.attempt("move support case " + caseId, () -> desk.changeStatus(caseId, tenant.requireRealUserId(), status))) {
            Messages.addGlobalInfo("The case is now " + status.label().toLowerCase() + ".");
            show(caseId);
        }
    }

    public StreamedContent download(long attachmentId) {
        return Uploads.stream(desk.download(open.row().id(), attachmentId));
    }

    public LazyDataModel<CaseRow> getModel() {
        return model;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public CaseStatus getFilter() {
        return filter;
    }

    public void setFilter(CaseStatus filter) {
        this.filter = filter;
        this.model = cases(filter);
    }

    private static LazyDataModel<CaseRow> cases(CaseStatus status) {
        return PagedTable.of(SupportDesk.class, desk -> desk.count(status),
                (desk, first, size) -> desk.list(status, first, size), CaseRow::id);
    }

    public CaseView getOpen() {
        return open;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public CaseStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(CaseStatus newStatus) {
        this.newStatus = newStatus;
    }
}
