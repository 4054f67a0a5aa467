package org.switchboard.earnings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.switchboard.account.boundary.ClientChoice;
import org.switchboard.account.boundary.PortalClients;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.earnings.boundary.EarningsViews.EarningLine;
import org.switchboard.earnings.boundary.EarningsViews.PayoutLine;
import org.switchboard.earnings.boundary.EarningsViews.PeriodMark;
import org.switchboard.earnings.boundary.EarningsViews.SaleLine;
import org.switchboard.earnings.boundary.EarningsViews.TimeMark;
import org.switchboard.earnings.entity.Payout;
import org.switchboard.earnings.entity.PayoutStatus;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Earnings page's tables of a channel partner: sales, earnings and payouts, filtered, paged in
 * the database, with their totals and CSV exports. Every method checks that the viewer may see the
 * portal's earnings (an active member of a channel portal with all its clients in scope), whatever
 * page asked; so do the statements ({@link EarningsStatements}), the chart ({@link MonthlyEarnings})
 * and the Welcome snapshot ({@link EarningsSnapshot}), through {@link #requireViewer}.
 */
@Stateless
public class PartnerEarnings {

    private static final int EXPORT_PAGE = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClients clients;

    @Inject
    PortalPermissions portalPermissions;

    /** Whether the person may see the portal's earnings: the Earnings page's rule. */
    public boolean maySee(long userId, long portalId) {
        return portalPermissions.followsEarnings(userId, portalId);
    }

    /** Refuses, as not found, a person who may not see the portal's earnings; every earnings service asks it first. */
    public void requireViewer(long userId, long portalId) {
        portalPermissions.requireEarnings(userId, portalId);
    }

    /**
     * The portal's clients whose name starts with the text, for the Earnings page's client filter
     * (whose viewers need not be admins, so the Setup page's picker does not serve them).
     */
    public List<ClientChoice> clientsNamed(long portalId, long userId, String text) {
        requireViewer(userId, portalId);
        return clients.named(portalId, text, true);
    }

    // --- Sales ---

    public List<SaleLine> sales(long portalId, long userId, EarningsFilter filter, int first, int max) {
        requireViewer(userId, portalId);
        return salesQuery(portalId, filter, "select s.id, s.occurredAt, s.clientId, c.name, s.type, s.amount, s.currency, "
                + "s.description from Sale s, ClientAccount c where c.id = s.clientId and s.portalId = :portal", Object[].class,
                " order by s.occurredAt desc, s.id desc")
                .setFirstResult(first).setMaxResults(max)
                .getResultStream().map(PartnerEarnings::saleLine).toList();
    }

    /**
     * The sales after {@code after} (null: from the newest) in the order of {@link #sales}, read by
     * keyset from the (portal_id, occurred_at, id) index rather than by offset, for the partner API's
     * cursor: a sale recorded meanwhile neither repeats a row nor pushes one off a page.
     */
    public List<SaleLine> salesAfter(long portalId, long userId, EarningsFilter filter, TimeMark after, int max) {
        requireViewer(userId, portalId);
        TypedQuery<Object[]> query = salesQuery(portalId, filter, "select s.id, s.occurredAt, s.clientId, c.name, s.type, "
                + "s.amount, s.currency, s.description from Sale s, ClientAccount c where c.id = s.clientId "
                + "and s.portalId = :portal" + (after == null ? ""
                : " and (s.occurredAt < :afterAt or (s.occurredAt = :afterAt and s.id < :afterId))"), Object[].class,
                " order by s.occurredAt desc, s.id desc");
        if (after != null) {
            query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
        }
        return query.setMaxResults(max).getResultStream().map(PartnerEarnings::saleLine).toList();
    }

    public long salesCount(long portalId, long userId, EarningsFilter filter) {
        requireViewer(userId, portalId);
        return salesQuery(portalId, filter, "select count(s) from Sale s where s.portalId = :portal", Long.class, "")
                .getSingleResult();
    }

    /** The filtered sales' total in each currency. */
    public List<Money> salesTotals(long portalId, long userId, EarningsFilter filter) {
        requireViewer(userId, portalId);
        return EarningRows.totals(salesQuery(portalId, filter, "select s.currency, sum(s.amount) from Sale s where s.portalId = :portal",
                Object[].class, " group by s.currency order by s.currency").getResultList());
    }

    public void exportSales(long portalId, long userId, EarningsFilter filter, Consumer<SaleLine> row) {
        requireViewer(userId, portalId);
        for (int first = 0; ; first += EXPORT_PAGE) {
            List<SaleLine> page = sales(portalId, userId, filter, first, EXPORT_PAGE);
            page.forEach(row);
            if (page.size() < EXPORT_PAGE) {
                return;
            }
        }
    }

    private <T> TypedQuery<T> salesQuery(long portalId, EarningsFilter filter, String select, Class<T> type, String tail) {
        StringBuilder jpql = new StringBuilder(select);
        if (filter.fromInstant() != null) {
            jpql.append(" and s.occurredAt >= :from");
        }
        if (filter.untilInstant() != null) {
            jpql.append(" and s.occurredAt < :until");
        }
        if (filter.clientId() != null) {
            jpql.append(" and s.clientId = :client");
        }
        TypedQuery<T> query = em.createQuery(jpql + tail, type).setParameter("portal", portalId);
        bind(query, filter);
        return query;
    }

    private static SaleLine saleLine(Object[] row) {
        return new SaleLine((Long) row[0], (Instant) row[1], (Long) row[2], (String) row[3], (SaleType) row[4],
                Money.of((BigDecimal) row[5], ((String) row[6]).strip()), (String) row[7]);
    }

    // --- Earnings ---

    public List<EarningLine> earnings(long portalId, long userId, EarningsFilter filter, int first, int max) {
        requireViewer(userId, portalId);
        return earningsQuery(portalId, filter, Object[].class, EarningRows.EARNING_COLUMNS, " order by e.earnedAt desc, e.id desc")
                .setFirstResult(first).setMaxResults(max)
                .getResultStream().map(EarningRows::earningLine).toList();
    }

    /** The earnings after {@code after} (null: from the newest) in the order of {@link #earnings}, by keyset. */
    public List<EarningLine> earningsAfter(long portalId, long userId, EarningsFilter filter, TimeMark after, int max) {
        requireViewer(userId, portalId);
        TypedQuery<Object[]> query = earningsQuery(portalId, filter, Object[].class, EarningRows.EARNING_COLUMNS
                + (after == null ? "" : " and (e.earnedAt < :afterAt or (e.earnedAt = :afterAt and e.id < :afterId))"),
                " order by e.earnedAt desc, e.id desc");
        if (after != null) {
            query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
        }
        return query.setMaxResults(max).getResultStream().map(EarningRows::earningLine).toList();
    }

    public long earningsCount(long portalId, long userId, EarningsFilter filter) {
        requireViewer(userId, portalId);
        return earningsQuery(portalId, filter, Long.class, "select count(e) from Earning e where e.portalId = :portal", "")
                .getSingleResult();
    }

    /** The filtered earnings' total in each currency. */
    public List<Money> earningsTotals(long portalId, long userId, EarningsFilter filter) {
        requireViewer(userId, portalId);
        return EarningRows.totals(earningsQuery(portalId, filter, Object[].class, "select e.currency, sum(e.amount) from Earning e "
                + "where e.portalId = :portal", " group by e.currency order by e.currency").getResultList());
    }

    public void exportEarnings(long portalId, long userId, EarningsFilter filter, Consumer<EarningLine> row) {
        requireViewer(userId, portalId);
        for (int first = 0; ; first += EXPORT_PAGE) {
            List<EarningLine> page = earnings(portalId, userId, filter, first, EXPORT_PAGE);
            page.forEach(row);
            if (page.size() < EXPORT_PAGE) {
                return;
            }
        }
    }

    private <T> TypedQuery<T> earningsQuery(long portalId, EarningsFilter filter, Class<T> type, String select, String tail) {
        StringBuilder jpql = new StringBuilder(select);
        if (filter.fromInstant() != null) {
            jpql.append(" and e.earnedAt >= :from");
        }
        if (filter.untilInstant() != null) {
            jpql.append(" and e.earnedAt < :until");
        }
        if (filter.clientId() != null) {
            jpql.append(" and e.clientId = :client");
        }
        TypedQuery<T> query = em.createQuery(jpql + tail, type).setParameter("portal", portalId);
        bind(query, filter);
        return query;
    }

    // --- Payouts ---

    public List<PayoutLine> payouts(long portalId, long userId, EarningsFilter filter, int first, int max) {
        requireViewer(userId, portalId);
        return payoutsQuery(portalId, filter, Payout.class, "select p from Payout p where p.portalId = :portal",
                " order by p.period desc, p.id desc")
                .setFirstResult(first).setMaxResults(max)
                .getResultStream().map(EarningRows::payoutLine).toList();
    }

    /** The payouts after {@code after} (null: from the latest period) in the order of {@link #payouts}, by keyset. */
    public List<PayoutLine> payoutsAfter(long portalId, long userId, EarningsFilter filter, PeriodMark after, int max) {
        requireViewer(userId, portalId);
        TypedQuery<Payout> query = payoutsQuery(portalId, filter, Payout.class, "select p from Payout p where p.portalId = :portal"
                + (after == null ? "" : " and (p.period < :afterPeriod or (p.period = :afterPeriod and p.id < :afterId))"),
                " order by p.period desc, p.id desc");
        if (after != null) {
            query.setParameter("afterPeriod", after.period()).setParameter("afterId", after.id());
        }
        return query.setMaxResults(max).getResultStream().map(EarningRows::payoutLine).toList();
    }

    public long payoutsCount(long portalId, long userId, EarningsFilter filter) {
        requireViewer(userId, portalId);
        return payoutsQuery(portalId, filter, Long.class, "select count(p) from Payout p where p.portalId = :portal", "")
                .getSingleResult();
    }

    /** Paid and issued payouts' total in each currency (failed ones paid nothing). */
    public List<Money> payoutsTotals(long portalId, long userId, EarningsFilter filter) {
        requireViewer(userId, portalId);
        return EarningRows.totals(payoutsQuery(portalId, filter, Object[].class, "select p.currency, sum(p.amount) from Payout p "
                + "where p.portalId = :portal and p.status <> :failed", " group by p.currency order by p.currency")
                .setParameter("failed", PayoutStatus.FAILED).getResultList());
    }

    private <T> TypedQuery<T> payoutsQuery(long portalId, EarningsFilter filter, Class<T> type, String select, String tail) {
        StringBuilder jpql = new StringBuilder(select);
        if (filter.from() != null) {
            jpql.append(" and p.period >= :fromPeriod");
        }
        if (filter.to() != null) {
            jpql.append(" and p.period <= :toPeriod");
        }
        TypedQuery<T> query = em.createQuery(jpql + tail, type).setParameter("portal", portalId);
        if (filter.from() != null) {
            query.setParameter("fromPeriod", filter.from().toString());
        }
        if (filter.to() != null) {
            query.setParameter("toPeriod", filter.to().toString());
        }
        return query;
    }

    private static void bind(TypedQuery<?> query, EarningsFilter filter) {
        if (filter.fromInstant() != null) {
            query.setParameter("from", filter.fromInstant());
        }
        if (filter.untilInstant() != null) {
            query.setParameter("until", filter.untilInstant());
        }
        if (filter.clientId() != null) {
            query.setParameter("client", filter.clientId());
        }
    }
}
