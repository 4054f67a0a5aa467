package org.switchboard.earnings.boundary;

import org.switchboard.earnings.boundary.EarningsViews.EarningLine;
import org.switchboard.earnings.boundary.EarningsViews.PayoutLine;
import org.switchboard.earnings.entity.EarningKind;
import org.switchboard.earnings.entity.EarningStatus;
import org.switchboard.earnings.entity.Payout;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** How an earning and a payout are read into the lines the Earnings page and the statements show. */
final class EarningRows {

    /** An earning with its client, sale or referral, and the period of the payout that paid it (of the portal :portal). */
    static final String EARNING_COLUMNS = "select e.id, e.earnedAt, e.kind, e.clientId, c.name, s.description, "
            + "r.company, e.baseAmount, e.baseCurrency, e.exchangeRate, e.ratePercent, e.amount, e.currency, e.status, "
            + "e.availableOn, e.payoutId, paidBy.period from Earning e left join ClientAccount c on c.id = e.clientId "
            + "left join Sale s on s.id = e.saleId left join Referral r on r.id = e.referralId "
            + "left join Payout paidBy on paidBy.id = e.payoutId where e.portalId = :portal";

    private EarningRows() {
    }

    static EarningLine earningLine(Object[] row) {
        EarningKind kind = (EarningKind) row[2];
        String source = switch (kind) {
            case COMMISSION -> (String) row[5];
            case CLAWBACK -> "Clawback: " + row[5];
            case BOUNTY -> "Referral bounty: " + row[6];
        };
        String currency = ((String) row[12]).strip();
        return new EarningLine((Long) row[0], (Instant) row[1], kind, (Long) row[3], (String) row[4], source,
                Money.of((BigDecimal) row[7], ((String) row[8]).strip()), (BigDecimal) row[9], (BigDecimal) row[10],
                Money.of((BigDecimal) row[11], currency), (EarningStatus) row[13], (LocalDate) row[14], (Long) row[15],
                row[16] == null ? null : ((String) row[16]).strip());
    }

    static PayoutLine payoutLine(Payout p) {
        return new PayoutLine(p.getId(), p.getPeriod().strip(), p.getCutOff(), p.getAmount(), p.getEarningsCount(),
                p.getStatus(), p.getCreatedAt(), p.getSettledAt(), p.getReference());
    }

    /** Rows of currency and sum as amounts; a currency without rows has no sum. */
    static List<Money> totals(List<Object[]> rows) {
        return rows.stream().filter(row -> row[1] != null)
                .map(row -> Money.of((BigDecimal) row[1], ((String) row[0]).strip())).toList();
    }
}
