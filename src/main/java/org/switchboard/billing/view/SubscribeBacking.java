package org.switchboard.billing.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.switchboard.billing.boundary.PlanCatalogue;
import org.switchboard.billing.boundary.Provisioning;
import org.switchboard.billing.control.BillingPeriod;
import org.switchboard.billing.boundary.PlanOffer;
import org.switchboard.client.boundary.ClientPermissions;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;

import java.util.List;

/** The Subscribe panel of a client on trial (or whose trial ended), for the client's own admins. */
@Named
@RequestScoped
public class SubscribeBacking {

    @Inject
    Provisioning provisioning;

    @Inject
    PlanCatalogue catalogue;

    @Inject
    ClientPermissions permissions;

    @Inject
    Tenant tenant;

    private List<PlanOffer> plans;
    private Boolean ownAdmin;
    private String planCode;
    private int seats = 1;
    private BillingPeriod billing = BillingPeriod.MONTHLY;

    /** Asked by the page's rendered attributes several times a request; looked up once. */
    public boolean isOwnAdmin() {
        if (ownAdmin == null) {
            ownAdmin = permissions.isOwnAdmin(tenant.requireUserId(), tenant.requireClientId());
        }
        return ownAdmin;
    }

    public void subscribe() {
        String plan = planCode;
        int count = seats;
        BillingPeriod period = billing;
        if (Feedback.attempt("subscribe client " + tenant.requireClientId(), () -> provisioning.subscribeFromClient(
                tenant.requireUserId(), tenant.requireClientId(), plan, count, period))) {
            Messages.addFlashGlobalInfo("Subscribed. Thank you!");
            Faces.redirect("client/dashboard.xhtml");
        }
    }

    public List<PlanOffer> getPlans() {
        if (plans == null) {
            plans = catalogue.offers();
        }
        return plans;
    }

    public BillingPeriod[] getBillings() {
        return BillingPeriod.values();
    }

    public String getPlanCode() {
        return planCode;
    }

    public void setPlanCode(String planCode) {
        this.planCode = planCode;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    public BillingPeriod getBilling() {
        return billing;
    }

    public void setBilling(BillingPeriod billing) {
        this.billing = billing;
    }
}
