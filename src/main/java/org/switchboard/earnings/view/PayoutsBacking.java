package org.switchboard.earnings.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;
import org.switchboard.earnings.boundary.EarningsViews.PreviewLine;
import org.switchboard.earnings.boundary.PayoutDesk;
import org.switchboard.earnings.boundary.PayoutPreview;
import org.switchboard.earnings.boundary.PayoutRuns;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.entity.PayoutRun;
import org.switchboard.earnings.entity.PayoutRunStatus;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.faces.PagedTable;
import org.switchboard.platform.tenancy.Tenant;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * admin/payouts.xhtml: for a period (the month that ended last unless the URL names one), the
 * preview of the run, starting it, the recent runs, and settling the period's payouts.
 */
@Named
@ViewScoped
public class PayoutsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PayoutRuns runs;

    @Inject
    PayoutDesk desk;

    @Inject
    PayoutPreview previews;

    @Inject
    Tenant tenant;

    @Inject
    transient Clock clock;

    private String period;
    private PayoutPeriod shown;
    private PayoutPreview.Summary summary;
    private PagedTable<PayoutPreview, PreviewLine> preview = preview(null, 0);
    private List<PayoutRun> recentRuns;
    private List<PayoutDesk.Row> payouts;
    private PayoutDesk.Row settling;
    private String reference;
    private String reason;

    /** The page's view action, and the Show button's. */
    public void load() {
        PayoutPeriod lastEnded = PayoutPeriod.lastEndedBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (period == null || period.isBlank()) {
            shown = lastEnded;
        } else {
            shown = PayoutPeriod.parse(period).orElse(null);
            if (shown == null) {
                Messages.addGlobalError("Enter a month as year-month, e.g. " + lastEnded + "; showing " + lastEnded + ".");
                shown = lastEnded;
            }
        }
        period = shown.code();
        summary = previews.summary(shown);
        preview = preview(shown, summary.lines());
        refresh();
    }

    /** Runs and payouts again, e.g. while a run is going. */
    public void refresh() {
        recentRuns = runs.recent();
        payouts = desk.list(shown.code(), null);
    }

    public void startRun() {
        PayoutPeriod run = shown;
        if (Feedback.attempt("start the payout run for " + run, () -> runs.start(tenant.requireRealUserId(), run))) {
            Messages.addGlobalInfo("The payout run for " + run + " has started; the list below follows it.");
            PrimeFaces.current().executeScript("PF('poller').start()");
        }
        refresh();
    }

    public void startPaid(PayoutDesk.Row row) {
        settling = row;
        reference = null;
        PrimeFaces.current().executeScript("PF('paid').show()");
    }

    public void startFailed(PayoutDesk.Row row) {
        settling = row;
        reason = null;
        PrimeFaces.current().executeScript("PF('failed').show()");
    }

    public void markPaid() {
        if (settling == null) {
            return;
        }
        long id = settling.payout().getId();
        String given = reference;
        if (Feedback.attempt("mark payout " + id + " paid", () -> desk.markPaid(tenant.requireRealUserId(), id, given))) {
            Messages.addGlobalInfo("Payout " + id + " to " + settling.portalName() + " is marked paid.");
            PrimeFaces.current().executeScript("PF('paid').hide()");
        }
        refresh();
    }

    public void markFailed() {
        if (settling == null) {
            return;
        }
        long id = settling.payout().getId();
        String given = reason;
        int[] returned = new int[1];
        if (Feedback.attempt("mark payout " + id + " failed",
                () -> returned[0] = desk.markFailed(tenant.requireRealUserId(), id, given))) {
            Messages.addGlobalInfo("Payout " + id + " to " + settling.portalName() + " is marked failed; its "
                    + returned[0] + " earnings are back in the balance and are paid by a later run.");
            PrimeFaces.current().executeScript("PF('failed').hide()");
            summary = previews.summary(shown);
            preview = preview(shown, summary.lines());
        }
        refresh();
    }

    /** Whether a run is going, so the page keeps polling. */
    public boolean isRunning() {
        return recentRuns != null && recentRuns.stream().anyMatch(run -> run.getStatus() == PayoutRunStatus.RUNNING);
    }

    public LazyDataModel<PreviewLine> getPreview() {
        return preview;
    }

    public PayoutPreview.Summary getSummary() {
        return summary;
    }

    public PayoutPeriod getShown() {
        return shown;
    }

    public List<PayoutRun> getRecentRuns() {
        return recentRuns;
    }

    public List<PayoutDesk.Row> getPayouts() {
        return payouts;
    }

    public PayoutDesk.Row getSettling() {
        return settling;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The preview of a period, a page at a time from the database; its count comes with the summary. */
    private static PagedTable<PayoutPreview, PreviewLine> preview(PayoutPeriod period, int lines) {
        return PagedTable.of(PayoutPreview.class, previews -> lines,
                (previews, first, size) -> period == null ? List.of() : previews.lines(period, first, size),
                row -> row.portalId() + "/" + row.available().currency().getCurrencyCode());
    }
}
