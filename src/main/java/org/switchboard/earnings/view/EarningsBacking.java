package org.switchboard.earnings.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.switchboard.account.boundary.ClientChoice;
import org.switchboard.earnings.boundary.EarningsFilter;
import org.switchboard.earnings.boundary.EarningsStatements;
import org.switchboard.earnings.boundary.EarningsViews.EarningLine;
import org.switchboard.earnings.boundary.EarningsViews.PayoutLine;
import org.switchboard.earnings.boundary.EarningsViews.SaleLine;
import org.switchboard.earnings.boundary.EarningsViews.Statement;
import org.switchboard.earnings.boundary.MonthlyEarnings;
import org.switchboard.earnings.boundary.PartnerEarnings;
import org.switchboard.earnings.boundary.StatementCsv;
import org.switchboard.earnings.boundary.StatementPdf;
import org.switchboard.earnings.view.EarningsTables.Scope;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.faces.PagedTable;
import org.switchboard.platform.kernel.Money;
import org.switchboard.platform.kernel.Shown;
import org.switchboard.platform.tenancy.Tenant;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * portal/earnings.xhtml: a channel partner's Sales, Earnings and Payouts, filtered by period and
 * client, with totals per currency, the monthly chart, CSV exports and payout statements.
 */
@Named
@ViewScoped
public class EarningsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How far back the period filter offers months; older rows are still in the unfiltered tables. */
    private static final int MONTHS_OFFERED = 36;

    @Inject
    PartnerEarnings earnings;

    @Inject
    EarningsStatements statements;

    @Inject
    MonthlyEarnings monthly;

    @Inject
    Tenant tenant;

    // Only load() reads it, to offer the months up to this one.
    @Inject
    transient Clock clock;

    private long portalId;
    private long userId;
    private List<YearMonth> months;
    private String chart;

    // The filter as entered, and as applied to the tables, totals and exports.
    private String from;
    private String to;
    private ClientChoice client;
    private Scope scope;

    private PagedTable<PartnerEarnings, SaleLine> sales;
    private PagedTable<PartnerEarnings, EarningLine> earningLines;
    private PagedTable<PartnerEarnings, PayoutLine> payouts;
    private List<Money> salesTotals;
    private List<Money> earningsTotals;
    private List<Money> payoutsTotals;

    @PostConstruct
    void load() {
        portalId = tenant.requirePortalId();
        userId = tenant.requireUserId();
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        months = new ArrayList<>();
        for (int back = 0; back < MONTHS_OFFERED; back++) {
            months.add(now.minusMonths(back));
        }
        chart = EarningsChart.of(monthly.lastTwelveMonths(portalId, userId));
        show(EarningsFilter.all());
    }

    /** Applies the filter as entered to every tab. */
    public void apply() {
        YearMonth fromMonth = from == null ? null : YearMonth.parse(from);
        YearMonth toMonth = to == null ? null : YearMonth.parse(to);
        if (fromMonth != null && toMonth != null && fromMonth.isAfter(toMonth)) {
            Messages.addGlobalError("The period starts after it ends; choose a \"from\" month before the \"to\" month.");
            return;
        }
        show(new EarningsFilter(fromMonth, toMonth, client == null ? null : client.id()));
    }

    public void clear() {
        from = null;
        to = null;
        client = null;
        show(EarningsFilter.all());
    }

    private void show(EarningsFilter filter) {
        scope = new Scope(portalId, userId, filter);
        sales = EarningsTables.sales(scope);
        earningLines = EarningsTables.earnings(scope);
        payouts = EarningsTables.payouts(scope);
        salesTotals = earnings.salesTotals(portalId, userId, filter);
        earningsTotals = earnings.earningsTotals(portalId, userId, filter);
        payoutsTotals = earnings.payoutsTotals(portalId, userId, filter);
        firstPages();
    }

    /** A new filter shows each table from its first page (a later page may no longer exist). */
    private static void firstPages() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null) {
            return;
        }
        for (String table : List.of("earnings:tabs:sales", "earnings:tabs:earning-lines", "earnings:tabs:payouts")) {
            if (faces.getViewRoot().findComponent(table) instanceof DataTable shown) {
                shown.setFirst(0);
            }
        }
    }

    public List<ClientChoice> completeClients(String text) {
        return earnings.clientsNamed(portalId, userId, text);
    }

    // --- Downloads ---

    public StreamedContent getSalesCsv() {
        Scope applied = scope;
        return csv("sales", out -> EarningsExports.sales(applied, out));
    }

    public StreamedContent getEarningsCsv() {
        Scope applied = scope;
        return csv("earnings", out -> EarningsExports.earnings(applied, out));
    }

    public StreamedContent getPayoutsCsv() {
        Scope applied = scope;
        return csv("payouts", out -> EarningsExports.payouts(applied, out));
    }

    private StreamedContent csv(String name, org.primefaces.util.Callbacks.SerializableConsumer<java.io.OutputStream> rows) {
        // Checked before the response starts: once rows stream out, a refusal could no longer be shown.
        if (!earnings.maySee(userId, portalId)) {
            Messages.addGlobalError("Earnings are shown to channel partners only.");
            return null;
        }
        return DefaultStreamedContent.builder().name(name + fileSuffix() + ".csv").contentType("text/csv; charset=UTF-8")
                .writer(rows).build();
    }

    /** "-2026-01-to-2026-06" for a filtered export, so that two exports of different periods keep apart. */
    private String fileSuffix() {
        EarningsFilter filter = scope.filter();
        return (filter.from() == null ? "" : "-from-" + filter.from()) + (filter.to() == null ? "" : "-to-" + filter.to());
    }

    /** The payout's statement as PDF; a message instead when it is not one of this portal's payouts. */
    public StreamedContent statement(long payoutId) {
        AtomicReference<Statement> found = new AtomicReference<>();
        if (!Feedback.attempt("statement of payout " + payoutId + " for portal " + portalId,
                () -> found.set(statements.statement(portalId, userId, payoutId)))) {
            return null;
        }
        byte[] pdf = StatementPdf.of(found.get());
        return DefaultStreamedContent.builder().name(StatementPdf.fileName(found.get().payout()))
                .contentType("application/pdf").contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    /** The payout's statement as CSV, the same file the partner API gives; a message instead for another portal's payout. */
    public StreamedContent statementCsv(long payoutId) {
        AtomicReference<Statement> found = new AtomicReference<>();
        if (!Feedback.attempt("CSV statement of payout " + payoutId + " for portal " + portalId,
                () -> found.set(statements.statement(portalId, userId, payoutId)))) {
            return null;
        }
        byte[] csv = StatementCsv.of(found.get()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(StatementCsv.fileName(found.get().payout()))
                .contentType("text/csv; charset=UTF-8").contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    // --- What the page shows ---

    public String monthLabel(YearMonth month) {
        return Shown.month(month);
    }

    public List<YearMonth> getMonths() {
        return months;
    }

    public String getChart() {
        return chart;
    }

    public LazyDataModel<SaleLine> getSales() {
        return sales;
    }

    public LazyDataModel<EarningLine> getEarnings() {
        return earningLines;
    }

    public LazyDataModel<PayoutLine> getPayouts() {
        return payouts;
    }

    public List<Money> getSalesTotals() {
        return salesTotals;
    }

    public List<Money> getEarningsTotals() {
        return earningsTotals;
    }

    public List<Money> getPayoutsTotals() {
        return payoutsTotals;
    }

    public boolean isFiltered() {
        EarningsFilter filter = scope.filter();
        return filter.from() != null || filter.to() != null || filter.clientId() != null;
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

    public ClientChoice getClient() {
        return client;
    }

    public void setClient(ClientChoice client) {
        this.client = client;
    }
}
