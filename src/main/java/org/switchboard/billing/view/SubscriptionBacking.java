package org.switchboard.billing.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.switchboard.account.boundary.AccountRow;
import org.switchboard.billing.boundary.PlanCatalogue;
import org.switchboard.billing.boundary.PlanOffer;
import org.switchboard.billing.boundary.Provisioning;
import org.switchboard.billing.boundary.SaleRow;
import org.switchboard.billing.boundary.SubscriptionView;
import org.switchboard.billing.boundary.Subscriptions;
import org.switchboard.billing.control.BillingPeriod;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.kernel.Money;
import org.switchboard.platform.tenancy.Tenant;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The subscription panel of a client's details page: the subscription, its sales, and the
 * portal's actions on it (convert a trial, change plan or seats, cancel, refund the last charge).
 */
@Named
@ViewScoped
public class SubscriptionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Provisioning provisioning;

    @Inject
    PlanCatalogue catalogue;

    @Inject
    Tenant tenant;

    private List<PlanOffer> plans;
    private SubscriptionView subscription;
    private List<SaleRow> sales;
    private boolean loaded;

    private final PlanChoice choice = new PlanChoice(0);
    private String changeKey;

    /** The client of the account page, from its URL (the page itself checks it is the portal's). */
    private Integer clientId;

    public Integer getClientId() {
        return clientId;
    }

    public void setClientId(Integer clientId) {
        this.clientId = clientId;
    }

    private long clientId() {
        return clientId;
    }

    private void load() {
        Optional<SubscriptionView> found = subscriptions.of(tenant.requirePortalId(), tenant.requireRealUserId(), clientId());
        subscription = found.orElse(null);
        sales = subscriptions.sales(tenant.requirePortalId(), tenant.requireRealUserId(), clientId());
        loaded = true;
    }

    public SubscriptionView getSubscription() {
        if (!loaded) {
            load();
        }
        return subscription;
    }

    public List<SaleRow> getSales() {
        if (!loaded) {
            load();
        }
        return sales;
    }

    public List<PlanOffer> getPlans() {
        if (plans == null) {
            plans = catalogue.offers();
        }
        return plans;
    }

    /** Opens the change dialog with the subscription as it is, and a fresh idempotency key. */
    public void startChange(AccountRow account) {
        SubscriptionView current = getSubscription();
        choice.setPlanCode(current == null ? account.planCode() : current.planCode());
        choice.setSeats(current == null ? account.seats() : current.seats());
        changeKey = UUID.randomUUID().toString();
        PrimeFaces.current().executeScript("PF('changeSubscription').show()");
    }

    public void convert() {
        String plan = choice.getPlanCode();
        int count = choice.getSeats();
        BillingPeriod period = choice.getBilling();
        if (Feedback.attempt("convert the trial of client " + clientId(), () -> provisioning.convertTrial(
                tenant.requirePortalId(), tenant.requireRealUserId(), clientId(), plan, count, period))) {
            done("The trial is now a subscription.");
        }
    }

    public void upgrade() {
        String plan = choice.getPlanCode();
        int count = choice.getSeats();
        String key = changeKey;
        AtomicReference<Money> charged = new AtomicReference<>();
        if (Feedback.attempt("upgrade client " + clientId(), () -> charged.set(subscriptions.upgrade(
                tenant.requirePortalId(), tenant.requireRealUserId(), clientId(), plan, count, key)))) {
            done("Upgraded from today; " + charged.get() + " is charged for the rest of the period.");
        }
    }

    public void downgrade() {
        String plan = choice.getPlanCode();
        int count = choice.getSeats();
        if (Feedback.attempt("downgrade client " + clientId(), () -> subscriptions.downgrade(
                tenant.requirePortalId(), tenant.requireRealUserId(), clientId(), plan, count))) {
            done("The change takes effect at the next renewal.");
        }
    }

    public void cancel() {
        if (Feedback.attempt("cancel client " + clientId(), () -> subscriptions.cancel(
                tenant.requirePortalId(), tenant.requireRealUserId(), clientId()))) {
            done("Cancelled; the subscription runs to the end of its period.");
        }
    }

    public void refund() {
        AtomicReference<Money> refunded = new AtomicReference<>();
        if (Feedback.attempt("refund the last charge of client " + clientId(), () -> refunded.set(subscriptions.refundLast(
                tenant.requirePortalId(), tenant.requireRealUserId(), clientId())))) {
            done("Refunded: " + refunded.get().negate() + ".");
        }
    }

    /** The change is made: the page is shown afresh (facts, figures and sales all changed), with the message. */
    private void done(String message) {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect("portal/account.xhtml?id=" + clientId());
    }

    public PlanChoice getChoice() {
        return choice;
    }
}
