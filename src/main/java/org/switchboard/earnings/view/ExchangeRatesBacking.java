package org.switchboard.earnings.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.switchboard.earnings.boundary.ExchangeRates;
import org.switchboard.earnings.boundary.HeldSales;
import org.switchboard.earnings.entity.ExchangeRate;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The exchange-rate section of admin/commissions.xhtml: the stored rates, a form to add one, and
 * the sales whose earnings wait for a missing rate (adding it earns them).
 */
@Named
@ViewScoped
public class ExchangeRatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExchangeRates rates;

    @Inject
    HeldSales held;

    @Inject
    Tenant tenant;

    private List<ExchangeRate> all;
    private List<HeldSales.Row> waiting;
    private String from;
    private String to;
    private LocalDate validFrom;
    private BigDecimal rate;

    @PostConstruct
    void load() {
        all = rates.all();
        waiting = held.open();
    }

    public void add() {
        AtomicInteger earned = new AtomicInteger();
        if (Feedback.attempt("add the exchange rate " + from + "/" + to,
                () -> earned.set(rates.add(tenant.requireRealUserId(), from, to, validFrom, rate)))) {
            Messages.addGlobalInfo("Added the " + from.strip().toUpperCase() + " to " + to.strip().toUpperCase()
                    + " rate from " + validFrom + ". " + earned.get() + (earned.get() == 1 ? " held sale" : " held sales")
                    + " earned.");
            from = null;
            to = null;
            validFrom = null;
            rate = null;
            load();
        }
    }

    public List<ExchangeRate> getAll() {
        return all;
    }

    public List<HeldSales.Row> getWaiting() {
        return waiting;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }
}
