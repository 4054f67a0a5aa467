package org.switchboard.earnings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.earnings.boundary.EarningsViews.PreviewLine;
import org.switchboard.earnings.control.PayoutBalances;
import org.switchboard.earnings.control.PayoutBalances.Balance;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.platform.kernel.Money;
import org.switchboard.platform.security.Roles;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The operator's view of a payout run before it runs: for every portal with unpaid earnings before
 * the period's cut-off, what it would be paid and why, by the run's own {@link PayoutBalances}.
 * Balances are summed and paged in the database and thresholds read in one query, so ten thousand
 * channel portals cost the same few queries as one.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class PayoutPreview {

    @PersistenceContext
    EntityManager em;

    /** The preview's totals: how many portals are paid, how much in each currency, how many carry forward. */
    public record Summary(int lines, int portalsToPay, List<Money> totals, int carriedForward) implements Serializable {
    }

    /** One page of the preview, ordered by portal name. */
    public List<PreviewLine> lines(PayoutPeriod period, int first, int max) {
        return PayoutBalances.forecast(new NativeLedgerSql(em), period, first, max).stream()
                .map(PayoutPreview::line).toList();
    }

    /** The whole preview's figures (two queries, however many portals). */
    public Summary summary(PayoutPeriod period) {
        List<Balance> all = PayoutBalances.forecast(new NativeLedgerSql(em), period);
        Map<String, Money> totals = new TreeMap<>();
        for (Balance line : all) {
            if (line.pays()) {
                totals.merge(line.available().currency().getCurrencyCode(), line.available(), Money::plus);
            }
        }
        long portalsPaid = all.stream().filter(Balance::pays).map(Balance::portalId).distinct().count();
        long portalsCarried = all.stream().filter(line -> !line.pays()).map(Balance::portalId).distinct().count();
        return new Summary(all.size(), (int) portalsPaid, List.copyOf(totals.values()), (int) portalsCarried);
    }

    static PreviewLine line(Balance balance) {
        return new PreviewLine(balance.portalId(), balance.portalName(), balance.available(), balance.earnings(),
                balance.threshold(), balance.pays(), balance.reason());
    }
}
