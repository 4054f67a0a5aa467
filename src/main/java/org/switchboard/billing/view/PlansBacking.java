package org.switchboard.billing.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.switchboard.billing.boundary.PlanAdmin;
import org.switchboard.billing.boundary.PlanForm;
import org.switchboard.billing.entity.Plan;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** admin/plans.xhtml: the operator adds plans and changes their prices, trial length and availability. */
@Named
@ViewScoped
public class PlansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanAdmin plans;

    @Inject
    Tenant tenant;

    private List<Plan> all;
    private Long editing;
    private String code;
    private String name;
    private BigDecimal monthlySeatPrice;
    private BigDecimal annualSeatPrice;
    private String currency = "EUR";
    private int trialDays = 14;
    private boolean active = true;

    @PostConstruct
    void load() {
        all = plans.all();
    }

    public void startAdd() {
        editing = null;
        code = null;
        name = null;
        monthlySeatPrice = null;
        annualSeatPrice = null;
        currency = "EUR";
        trialDays = 14;
        active = true;
        PrimeFaces.current().executeScript("PF('plan').show()");
    }

    public void startEdit(Plan plan) {
        editing = plan.getId();
        code = plan.getCode();
        name = plan.getName();
        monthlySeatPrice = plan.getMonthlySeatPrice();
        annualSeatPrice = plan.getAnnualSeatPrice();
        currency = plan.getCurrency();
        trialDays = plan.getTrialDays();
        active = plan.isActive();
        PrimeFaces.current().executeScript("PF('plan').show()");
    }

    public void save() {
        PlanForm form = new PlanForm(code, name, monthlySeatPrice, annualSeatPrice, currency, trialDays, active);
        Long id = editing;
        if (Feedback.attempt("save plan " + code, () -> {
            if (id == null) {
                plans.add(tenant.requireRealUserId(), form);
            } else {
                plans.change(tenant.requireRealUserId(), id, form);
            }
        })) {
            Messages.addGlobalInfo("Saved " + name + ". Existing subscriptions keep the price they took.");
            PrimeFaces.current().executeScript("PF('plan').hide()");
            load();
        }
    }

    public List<Plan> getAll() {
        return all;
    }

    public boolean isAdding() {
        return editing == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getMonthlySeatPrice() {
        return monthlySeatPrice;
    }

    public void setMonthlySeatPrice(BigDecimal monthlySeatPrice) {
        this.monthlySeatPrice = monthlySeatPrice;
    }

    public BigDecimal getAnnualSeatPrice() {
        return annualSeatPrice;
    }

    public void setAnnualSeatPrice(BigDecimal annualSeatPrice) {
        this.annualSeatPrice = annualSeatPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public int getTrialDays() {
        return trialDays;
    }

    public void setTrialDays(int trialDays) {
        this.trialDays = trialDays;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
