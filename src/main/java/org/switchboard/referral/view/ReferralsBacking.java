package org.switchboard.referral.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.referral.boundary.ReferralForm;
import org.switchboard.referral.boundary.Referrals;
import org.switchboard.referral.entity.Referral;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** portal/referrals.xhtml: submit a referral, and follow the portal's referrals. */
@Named
@ViewScoped
public class ReferralsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Referrals referrals;

    @Inject
    Tenant tenant;

    private List<Referral> list;
    private String company;
    private String contactName;
    private String contactEmail;
    private String notes;

    @PostConstruct
    void load() {
        list = referrals.ofPortal(tenant.requirePortalId(), tenant.requireRealUserId());
    }

    public void submit() {
        ReferralForm form = new ReferralForm(company, contactName, contactEmail, notes);
        AtomicReference<Referral> made = new AtomicReference<>();
        if (Feedback.attempt("submit a referral", () -> made.set(
                referrals.submit(tenant.requirePortalId(), tenant.requireRealUserId(), form)))) {
            if (made.get().getConflictForPartner() == null) {
                Messages.addGlobalInfo("Thank you: " + made.get().getCompany() + " is submitted.");
            } else {
                Messages.addGlobalWarn("Submitted. " + made.get().getConflictForPartner());
            }
            company = null;
            contactName = null;
            contactEmail = null;
            notes = null;
            load();
        }
    }

    public List<Referral> getList() {
        return list;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
