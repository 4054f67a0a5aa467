package org.switchboard.earnings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.switchboard.account.boundary.AccountDirectory;
import org.switchboard.account.boundary.ClientChoice;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.billing.entity.Plan;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.earnings.boundary.EarningsViews.EarningLine;
import org.switchboard.earnings.boundary.EarningsViews.MonthlyFigures;
import org.switchboard.earnings.boundary.EarningsViews.PayoutLine;
import org.switchboard.earnings.boundary.EarningsViews.PreviewLine;
import org.switchboard.earnings.boundary.EarningsViews.SaleLine;
import org.switchboard.earnings.boundary.EarningsViews.Snapshot;
import org.switchboard.earnings.boundary.EarningsViews.Statement;
import org.switchboard.earnings.control.CommissionTerms;
import org.switchboard.earnings.control.EarningRules;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.entity.CommissionPlan;
import org.switchboard.earnings.entity.EarningKind;
import org.switchboard.earnings.entity.EarningStatus;
import org.switchboard.earnings.entity.Payout;
import org.switchboard.earnings.entity.PayoutStatus;
import org.switchboard.platform.kernel.Money;
import org.switchboard.platform.kernel.NotFound;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a channel partner sees of its money: sales, earnings, payouts, statements, the monthly
 * chart, the preview of its next payout and the Welcome snapshot. Every method checks that the
 * viewer may see the portal's earnings (an active member of a channel portal with all its clients
 * in scope), whatever page asked; tables are paged in the database.
 */
@Stateless
public class PartnerEarnings {

    private static final int EXPORT_PAGE = 5_000;
    private static final int CLIENT_MATCHES = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Commissions commissions;

    @Inject
    AccountDirectory directory;

    @Inject
    Clock clock;

    /** Whether the person may see the portal's earnings: the Earnings page's rule. */
    public boolean maySee(long userId, long portalId) {
        return directory.followsEarnings(userId, portalId);
    }

    private void requireViewer(long userId, long portalId) {
        if (!maySee(userId, portalId)) {
            throw new NotFound("Earnings are shown to channel partners only.");
        }
    }

    /**
     * The portal's clients whose name starts with the text, for the Earnings page's client filter
     * (whose viewers need not be admins, so the Setup page's picker does not serve them).
     */
    public List<ClientChoice> clientsNamed(long portalId, long userId, String text) {
        requireViewer(userId, portalId);
        String prefix = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (prefix.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new org.switchboard.account.boundary.ClientChoice(c.id, c.name) from ClientAccount c "
                        + "where c.portal.id = :portal and c.nameKey >= :from and c.nameKey < :to "
                        + "order by c.nameKey, c.id", ClientChoice.class)
                .setParameter("portal", portalId)
                .setParameter("from", prefix)
                .setParameter("to", prefix + Character.MAX_VALUE)
                .setMaxResults(CLIENT_MATCHES)
                .getResultList();
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

    public long salesCount(long portalId, long userId, EarningsFilter filter) {
        requireViewer(userId, portalId);
        return salesQuery(portalId, filter, "select count(s) from Sale s where s.portalId = :portal", Long.class, "")
                .getSingleResult();
    }

    /** The filtered sales' total in each currency. */
    public List<Money> salesTotals(long portalId, long userId, EarningsFilter filter) {
        requireViewer(userId, portalId);
        return totals(salesQuery(portalId, filter, "select s.currency, sum(s.amount) from Sale s where s.portalId = :portal",
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
        return earningsQuery(portalId, filter, Object[].class, EARNING_COLUMNS, " order by e.earnedAt desc, e.id desc")
                .setFirstResult(first).setMaxResults(max)
                .getResultStream().map(PartnerEarnings::earningLine).toList();
    }

    public long earningsCount(long portalId, long userId, EarningsFilter filter) {
        requireViewer(userId, portalId);
        return earningsQuery(portalId, filter, Long.class, "select count(e) from Earning e where e.portalId = :portal", "")
                .getSingleResult();
    }

    /** The filtered earnings' total in each currency. */
    public List<Money> earningsTotals(long portalId, long userId, EarningsFilter filter) {
        requireViewer(userId, portalId);
        return totals(earningsQuery(portalId, filter, Object[].class, "select e.currency, sum(e.amount) from Earning e "
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

    private static final String EARNING_COLUMNS = "select e.id, e.earnedAt, e.kind, e.clientId, c.name, s.description, "
            + "r.company, e.baseAmount, e.baseCurrency, e.exchangeRate, e.ratePercent, e.amount, e.currency, e.status, "
            + "e.availableOn, e.payoutId from Earning e left join ClientAccount c on c.id = e.clientId "
            + "left join Sale s on s.id = e.saleId left join Referral r on r.id = e.referralId where e.portalId = :portal";

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

    private static EarningLine earningLine(Object[] row) {
        EarningKind kind = (EarningKind) row[2];
        String source = switch (kind) {
            case COMMISSION -> (String) row[5];
            case CLAWBACK -> "Clawback: " + row[5];
            case BOUNTY -> "Referral bounty: " + row[6];
        };
        String currency = ((String) row[12]).strip();
        return new EarningLine((Long) row[0], (Instant) row[1], kind, (Long) row[3], (String) row[4], source,
                Money.of((BigDecimal) row[7], ((String) row[8]).strip()), (BigDecimal) row[9], (BigDecimal) row[10],
                Money.of((BigDecimal) row[11], currency), (EarningStatus) row[13], (LocalDate) row[14], (Long) row[15]);
    }

    // --- Payouts ---

    public List<PayoutLine> payouts(long portalId, long userId, EarningsFilter filter, int first, int max) {
        requireViewer(userId, portalId);
        return payoutsQuery(portalId, filter, Payout.class, "select p from Payout p where p.portalId = :portal",
                " order by p.period desc, p.id desc")
                .setFirstResult(first).setMaxResults(max)
                .getResultStream().map(PartnerEarnings::payoutLine).toList();
    }

    public long payoutsCount(long portalId, long userId, EarningsFilter filter) {
        requireViewer(userId, portalId);
        return payoutsQuery(portalId, filter, Long.class, "select count(p) from Payout p where p.portalId = :portal", "")
                .getSingleResult();
    }

    /** Paid and issued payouts' total in each currency (failed ones paid nothing). */
    public List<Money> payoutsTotals(long portalId, long userId, EarningsFilter filter) {
        requireViewer(userId, portalId);
        return totals(payoutsQuery(portalId, filter, Object[].class, "select p.currency, sum(p.amount) from Payout p "
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

    private static PayoutLine payoutLine(Payout p) {
        return new PayoutLine(p.getId(), p.getPeriod().strip(), p.getCutOff(), p.getAmount(), p.getEarningsCount(),
                p.getStatus(), p.getCreatedAt(), p.getSettledAt(), p.getReference());
    }

    /** The periods of the portal's payouts among {@code ids}, so that an earning can say which payout paid it. */
    public Map<Long, String> payoutPeriods(long portalId, long userId, java.util.Collection<Long> ids) {
        requireViewer(userId, portalId);
        Map<Long, String> periods = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return periods;
        }
        em.createQuery("select p.id, p.period from Payout p where p.portalId = :portal and p.id in :ids", Object[].class)
                .setParameter("portal", portalId).setParameter("ids", List.copyOf(ids))
                .getResultStream().forEach(row -> periods.put((Long) row[0], ((String) row[1]).strip()));
        return periods;
    }

    /** A payout of the portal and every earning it pays; another portal's payout is not found. */
    public Statement statement(long portalId, long userId, long payoutId) {
        requireViewer(userId, portalId);
        Payout payout = em.find(Payout.class, payoutId);
        if (payout == null || payout.getPortalId() != portalId) {
            throw new NotFound("No such payout.");
        }
        List<EarningLine> lines = em.createQuery(EARNING_COLUMNS + " and e.payoutId = :payout order by e.earnedAt, e.id",
                        Object[].class)
                .setParameter("portal", portalId).setParameter("payout", payoutId)
                .getResultStream().map(PartnerEarnings::earningLine).toList();
        String portalName = em.createQuery("select p.name from Portal p where p.id = :id", String.class)
                .setParameter("id", portalId).getSingleResult();
        return new Statement(portalName, payoutLine(payout), lines);
    }

    // --- Chart, preview and snapshot ---

    /** Sales and earnings per month for the twelve months up to this one, per currency. */
    public MonthlyFigures lastTwelveMonths(long portalId, long userId) {
        requireViewer(userId, portalId);
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        List<YearMonth> months = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            months.add(now.minusMonths(back));
        }
        Instant since = months.get(0).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<String, List<BigDecimal>> sales = perMonth(months, monthlySums("sale", "occurred_at", portalId, since));
        Map<String, List<BigDecimal>> earnings = perMonth(months, monthlySums("earning", "earned_at", portalId, since));
        return new MonthlyFigures(months, sales, earnings);
    }

    /** Sums per month and currency, added up in the database (a big portal has many sales a month). */
    @SuppressWarnings("unchecked")
    private List<Object[]> monthlySums(String table, String column, long portalId, Instant since) {
        String year = "EXTRACT(YEAR FROM " + column + ")";
        String month = "EXTRACT(MONTH FROM " + column + ")";
        return em.createNativeQuery("SELECT " + year + ", " + month + ", currency, SUM(amount) FROM " + table
                        + " WHERE portal_id = ?1 AND " + column + " >= ?2 GROUP BY " + year + ", " + month + ", currency")
                .setParameter(1, portalId)
                .setParameter(2, java.sql.Timestamp.from(since))
                .getResultList();
    }

    private static Map<String, List<BigDecimal>> perMonth(List<YearMonth> months, List<Object[]> rows) {
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        for (Object[] row : rows) {
            YearMonth month = YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
            int index = months.indexOf(month);
            if (index < 0) {
                continue;
            }
            List<BigDecimal> values = series.computeIfAbsent(((String) row[2]).strip(),
                    currency -> new ArrayList<>(Collections.nCopies(months.size(), BigDecimal.ZERO.setScale(2))));
            BigDecimal sum = row[3] instanceof BigDecimal decimal ? decimal : new BigDecimal(row[3].toString());
            values.set(index, values.get(index).add(sum));
        }
        return series;
    }

    /** What the portal would be paid at the period's cut-off, and why (also for periods not over yet). */
    private Optional<PreviewLine> previewOf(long portalId, PayoutPeriod period) {
        Optional<CommissionPlan> plan = commissions.channelPlan(portalId, period.cutOff().minusDays(1));
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        Money threshold = plan.get().terms().threshold();
        String currency = threshold.currency().getCurrencyCode();
        Object[] sum = em.createQuery("select sum(e.amount), count(e) from Earning e where e.portalId = :portal "
                        + "and e.currency = :currency and e.status in :unpaid and e.availableOn < :cutOff", Object[].class)
                .setParameter("portal", portalId).setParameter("currency", currency)
                .setParameter("unpaid", List.of(EarningStatus.PENDING, EarningStatus.AVAILABLE))
                .setParameter("cutOff", period.cutOff())
                .getSingleResult();
        Money available = Money.of(sum[0] == null ? BigDecimal.ZERO : (BigDecimal) sum[0], currency);
        String name = em.createQuery("select p.name from Portal p where p.id = :id", String.class)
                .setParameter("id", portalId).getSingleResult();
        boolean paidAlready = !em.createQuery("select p.id from Payout p where p.portalId = :portal and p.period = :period "
                        + "and p.currency = :currency", Long.class)
                .setParameter("portal", portalId).setParameter("period", period.code()).setParameter("currency", currency)
                .getResultList().isEmpty();
        if (paidAlready) {
            return Optional.of(new PreviewLine(portalId, name, available, ((Long) sum[1]).intValue(), threshold, false,
                    "Paid for " + period + " already; the rest carries forward"));
        }
        var decision = org.switchboard.earnings.control.PayoutRule.decide(available, threshold);
        return Optional.of(new PreviewLine(portalId, name, available, ((Long) sum[1]).intValue(), threshold,
                decision.pay(), decision.reason()));
    }

    /** The Welcome page's figures; empty when the portal has no commission plan today. */
    public Optional<Snapshot> snapshot(long portalId, long userId) {
        if (!maySee(userId, portalId)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Optional<CommissionPlan> plan = commissions.channelPlan(portalId, today);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        CommissionTerms terms = plan.get().terms();
        String currency = terms.currency().getCurrencyCode();
        YearMonth month = YearMonth.from(today);
        EarningsFilter thisMonth = new EarningsFilter(month, month, null);
        List<Money> sales = salesTotals(portalId, userId, thisMonth);
        Money earned = in(currency, earningsTotals(portalId, userId, thisMonth));
        Money pending = statusSum(portalId, currency, EarningStatus.PENDING);
        Money available = statusSum(portalId, currency, EarningStatus.AVAILABLE);
        PayoutPeriod next = new PayoutPeriod(month);
        PreviewLine nextPayout = previewOf(portalId, next).orElse(null);
        // What the trials would earn if they converted today at their plan and seats, monthly.
        List<Object[]> trials = em.createQuery("select c.planCode, c.seats from ClientAccount c where c.portal.id = :portal "
                        + "and c.status = :trial", Object[].class)
                .setParameter("portal", portalId).setParameter("trial", ClientStatus.TRIAL).getResultList();
        Map<String, Plan> plans = new java.util.HashMap<>();
        em.createQuery("select p from Plan p", Plan.class).getResultList().forEach(p -> plans.put(p.getCode(), p));
        BigDecimal rate = terms.rateFor(SaleType.NEW, commissions.payingClients(portalId) + 1).percent();
        Money potential = Money.of(BigDecimal.ZERO, currency);
        int counted = 0;
        for (Object[] trial : trials) {
            Plan trialPlan = plans.get((String) trial[0]);
            if (trialPlan == null || !trialPlan.getCurrency().equals(currency)) {
                continue;
            }
            Money price = trialPlan.seatPrice(org.switchboard.billing.control.BillingPeriod.MONTHLY)
                    .times(Math.max(1, (Integer) trial[1]));
            potential = potential.plus(EarningRules.commission(price, BigDecimal.ONE, rate, terms.currency()));
            counted++;
        }
        return Optional.of(new Snapshot(sales, earned, pending, available, next.cutOff(), nextPayout, potential, counted));
    }

    private Money statusSum(long portalId, String currency, EarningStatus status) {
        BigDecimal sum = em.createQuery("select sum(e.amount) from Earning e where e.portalId = :portal "
                        + "and e.currency = :currency and e.status = :status", BigDecimal.class)
                .setParameter("portal", portalId).setParameter("currency", currency).setParameter("status", status)
                .getSingleResult();
        return Money.of(sum == null ? BigDecimal.ZERO : sum, currency);
    }

    private static Money in(String currency, List<Money> totals) {
        return totals.stream().filter(m -> m.currency().getCurrencyCode().equals(currency)).findFirst()
                .orElse(Money.of(BigDecimal.ZERO, currency));
    }

    private static List<Money> totals(List<Object[]> rows) {
        return rows.stream().filter(row -> row[1] != null)
                .map(row -> Money.of((BigDecimal) row[1], ((String) row[0]).strip())).toList();
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
