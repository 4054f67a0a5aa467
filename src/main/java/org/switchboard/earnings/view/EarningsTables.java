package org.switchboard.earnings.view;

import org.switchboard.earnings.boundary.EarningsFilter;
import org.switchboard.earnings.boundary.EarningsViews.EarningLine;
import org.switchboard.earnings.boundary.EarningsViews.PayoutLine;
import org.switchboard.earnings.boundary.EarningsViews.SaleLine;
import org.switchboard.earnings.boundary.PartnerEarnings;
import org.switchboard.platform.faces.PagedTable;

import java.io.Serializable;

/**
 * The Earnings page's three tables, paged in the database. Portal, viewer and filter are fixed when
 * the page makes a table (a new filter makes new tables); the service checks the viewer each time.
 * Each table's functions capture only its {@link Scope}, so that it serializes with the view.
 */
final class EarningsTables {

    private EarningsTables() {
    }

    /** What every table is of: one portal, through one person's eyes, filtered. */
    record Scope(long portalId, long userId, EarningsFilter filter) implements Serializable {
    }

    static PagedTable<PartnerEarnings, SaleLine> sales(Scope scope) {
        return PagedTable.of(PartnerEarnings.class,
                earnings -> earnings.salesCount(scope.portalId(), scope.userId(), scope.filter()),
                (earnings, first, size) -> earnings.sales(scope.portalId(), scope.userId(), scope.filter(), first, size),
                SaleLine::id);
    }

    static PagedTable<PartnerEarnings, EarningLine> earnings(Scope scope) {
        return PagedTable.of(PartnerEarnings.class,
                earnings -> earnings.earningsCount(scope.portalId(), scope.userId(), scope.filter()),
                (earnings, first, size) -> earnings.earnings(scope.portalId(), scope.userId(), scope.filter(), first, size),
                EarningLine::id);
    }

    static PagedTable<PartnerEarnings, PayoutLine> payouts(Scope scope) {
        return PagedTable.of(PartnerEarnings.class,
                earnings -> earnings.payoutsCount(scope.portalId(), scope.userId(), scope.filter()),
                (earnings, first, size) -> earnings.payouts(scope.portalId(), scope.userId(), scope.filter(), first, size),
                PayoutLine::id);
    }
}
