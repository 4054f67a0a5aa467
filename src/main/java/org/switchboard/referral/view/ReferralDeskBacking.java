package org.switchboard.referral.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.referral.boundary.ReferralDesk;
import org.switchboard.referral.entity.Referral;
import org.switchboard.referral.entity.ReferralStatus;

import java.io.Serializable;
import java.util.List;

/** admin/referrals.xhtml: the operator qualifies, wins or loses the partners' referrals. */
@Named
@ViewScoped
public class ReferralDeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferralDesk desk;

    @Inject
    Tenant tenant;

    private ReferralStatus status;
    private List<Referral> list;
    private String note;

    @PostConstruct
    void load() {
        list = desk.list(status);
    }

    public void filter() {
        load();
    }

    public void qualify(long id) {
        if (Feedback.attempt("qualify referral " + id, () -> desk.qualify(id, tenant.requireRealUserId()))) {
            Messages.addGlobalInfo("Qualified.");
        }
        load();
    }

    public void win(long id) {
        if (Feedback.attempt("win referral " + id, () -> desk.win(id, tenant.requireRealUserId()))) {
            Messages.addGlobalInfo("Won: the client account is made, on a trial, for the referring partner.");
        }
        load();
    }

    public void lose(long id) {
        String why = note;
        if (Feedback.attempt("lose referral " + id, () -> desk.lose(id, tenant.requireRealUserId(), why))) {
            Messages.addGlobalInfo("Marked as lost.");
        }
        note = null;
        load();
    }

    public List<Referral> getList() {
        return list;
    }

    public ReferralStatus[] getStatuses() {
        return ReferralStatus.values();
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
