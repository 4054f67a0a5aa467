package org.switchboard.earnings.view;

import jakarta.enterprise.inject.spi.CDI;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.switchboard.earnings.boundary.EarningsFilter;
import org.switchboard.earnings.boundary.EarningsViews.EarningLine;
import org.switchboard.earnings.boundary.EarningsViews.PayoutLine;
import org.switchboard.earnings.boundary.EarningsViews.SaleLine;
import org.switchboard.earnings.boundary.PartnerEarnings;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Earnings page's three tables, paged in the database. Portal, viewer and filter are fixed when
 * the page makes a table (a new filter makes new tables); the service checks the viewer each time.
 */
public final class EarningsTables {

    private EarningsTables() {
    }

    private static PartnerEarnings service() {
        return CDI.current().select(PartnerEarnings.class).get();
    }

    /** What every table is of: one portal, through one person's eyes, filtered. */
    public record Scope(long portalId, long userId, EarningsFilter filter) implements java.io.Serializable {
    }

    public static final class Sales extends LazyDataModel<SaleLine> {
        private static final long serialVersionUID = 1L;
        private final Scope scope;

        Sales(Scope scope) {
            this.scope = scope;
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) service().salesCount(scope.portalId(), scope.userId(), scope.filter());
        }

        @Override
        public List<SaleLine> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return service().sales(scope.portalId(), scope.userId(), scope.filter(), first, pageSize);
        }

        @Override
        public String getRowKey(SaleLine row) {
            return String.valueOf(row.id());
        }
    }

    public static final class Earnings extends LazyDataModel<EarningLine> {
        private static final long serialVersionUID = 1L;
        private final Scope scope;
        private HashMap<Long, String> periods = new HashMap<>();

        Earnings(Scope scope) {
            this.scope = scope;
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) service().earningsCount(scope.portalId(), scope.userId(), scope.filter());
        }

        @Override
        public List<EarningLine> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            List<EarningLine> page = service().earnings(scope.portalId(), scope.userId(), scope.filter(), first, pageSize);
            Set<Long> payouts = new HashSet<>();
            page.stream().map(EarningLine::payoutId).filter(Objects::nonNull).forEach(payouts::add);
            periods = new HashMap<>(service().payoutPeriods(scope.portalId(), scope.userId(), payouts));
            return page;
        }

        /** The period of the payout that paid the line, among the lines shown; empty while unpaid. */
        public String payoutPeriod(EarningLine line) {
            return line.payoutId() == null ? "" : periods.getOrDefault(line.payoutId(), "");
        }

        @Override
        public String getRowKey(EarningLine row) {
            return String.valueOf(row.id());
        }
    }

    public static final class Payouts extends LazyDataModel<PayoutLine> {
        private static final long serialVersionUID = 1L;
        private final Scope scope;

        Payouts(Scope scope) {
            this.scope = scope;
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) service().payoutsCount(scope.portalId(), scope.userId(), scope.filter());
        }

        @Override
        public List<PayoutLine> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return service().payouts(scope.portalId(), scope.userId(), scope.filter(), first, pageSize);
        }

        @Override
        public String getRowKey(PayoutLine row) {
            return String.valueOf(row.id());
        }
    }
}
