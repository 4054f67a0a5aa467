package org.switchboard.earnings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.earnings.boundary.EarningsViews.MonthlyFigures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Earnings page's chart: a channel partner's sales and earnings per month and currency. */
@Stateless
public class MonthlyEarnings {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnerEarnings earnings;

    @Inject
    Clock clock;

    /** Sales and earnings per month for the twelve months up to this one, per currency. */
    public MonthlyFigures lastTwelveMonths(long portalId, long userId) {
        earnings.requireViewer(userId, portalId);
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
}
