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
import org.switchboard.account.boundary.ClientPermissions;
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
    private final PlanChoice choice = new PlanChoice(1);

    /** Asked by the page's rendered attributes several times a request; looked up once. */
    public boolean isOwnAdmin() {
        if (ownAdmin == null) {
            ownAdmin = permissions.isOwnAdmin(tenant.requireUserId(), tenant.requireClientId());
        }
        return ownAdmin;
    }

    public void subscribe() {
        String plan = choice.getPlanCode();
        int count = choice.getSeats();
        BillingPeriod period = choice.getBilling();
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

    public PlanChoice getChoice() {
        return choice;
    }
}
