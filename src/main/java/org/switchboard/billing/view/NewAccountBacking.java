package org.switchboard.billing.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.model.SelectItem;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.switchboard.billing.boundary.NewAccount;
import org.switchboard.billing.boundary.PlanCatalogue;
import org.switchboard.billing.boundary.PlanOffer;
import org.switchboard.billing.boundary.Provisioning;
import org.switchboard.billing.control.BillingPeriod;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * portal/new-account.xhtml?kind=trial|subscription: the portal's New subscription and Start a trial
 * actions. The form carries an idempotency key, so a double click or a re-post makes one client.
 */
@Named
@ViewScoped
public class NewAccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Provisioning provisioning;

    @Inject
    PlanCatalogue catalogue;

    @Inject
    Tenant tenant;

    private String kind;
    private String creationKey;
    private List<PlanOffer> plans;

    private String companyName;
    private String country = "IE";
    private String currency = "EUR";
    private String adminFirstName;
    private String adminLastName;
    private String adminEmail;
    private final PlanChoice choice = new PlanChoice(5);

    /** Every country by its English name; the same for every form, so made once. */
    private static final List<SelectItem> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(SelectItem::getLabel))
            .toList();

    @PostConstruct
    void init() {
        creationKey = UUID.randomUUID().toString();
        plans = catalogue.offers();
    }

    public void create() {
        NewAccount form = new NewAccount(companyName, country, currency, adminFirstName, adminLastName, adminEmail, choice.getPlanCode(),
                choice.getSeats(), isTrial() ? null : choice.getBilling());
        long portal = tenant.requirePortalId();
        long actor = tenant.requireRealUserId();
        AtomicReference<Provisioning.Provisioned> made = new AtomicReference<>();
        boolean done = Feedback.attempt((isTrial() ? "start a trial" : "new subscription") + " in portal " + portal,
                () -> made.set(isTrial() ? provisioning.startTrial(portal, actor, form, creationKey)
                        : provisioning.newSubscription(portal, actor, form, creationKey)));
        // A second post of the same form that lost the race to the first finds the first one's client.
        Optional<Long> client = done ? Optional.of(made.get().clientId()) : provisioning.madeBy(portal, creationKey);
        if (client.isPresent()) {
            Messages.addFlashGlobalInfo(isTrial() ? "The trial has started; the admin is e-mailed a link to sign in."
                    : "The account is subscribed; the admin is e-mailed a link to sign in.");
            Faces.redirect("portal/account.xhtml?id=" + client.get());
        }
    }

    public boolean isTrial() {
        return "trial".equals(kind);
    }

    public List<PlanOffer> getPlans() {
        return isTrial() ? plans.stream().filter(PlanOffer::hasTrial).toList() : plans;
    }

    public List<SelectItem> getCountries() {
        return COUNTRIES;
    }

    public List<String> getCurrencies() {
        return plans.stream().map(PlanOffer::currency).distinct().sorted().toList();
    }

    public String getCreationKey() {
        return creationKey;
    }

    public void setCreationKey(String creationKey) {
        this.creationKey = creationKey;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getAdminFirstName() {
        return adminFirstName;
    }

    public void setAdminFirstName(String adminFirstName) {
        this.adminFirstName = adminFirstName;
    }

    public String getAdminLastName() {
        return adminLastName;
    }

    public void setAdminLastName(String adminLastName) {
        this.adminLastName = adminLastName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public PlanChoice getChoice() {
        return choice;
    }
}
