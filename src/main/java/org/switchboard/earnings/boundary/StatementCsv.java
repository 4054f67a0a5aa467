package org.switchboard.earnings.boundary;

import org.switchboard.earnings.boundary.EarningsViews.EarningLine;
import org.switchboard.earnings.boundary.EarningsViews.PayoutLine;
import org.switchboard.earnings.boundary.EarningsViews.Statement;
import org.switchboard.earnings.control.CsvWriter;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A payout's statement as CSV, for a bookkeeper's spreadsheet: one line per earning the payout
 * pays, in the columns of the Earnings page's export, and a last line with the payout's total.
 * The Earnings page and the partner API both download it from here, so the two never differ.
 */
public final class StatementCsv {

    /** The first line of every statement. */
    public static final String HEADER = "Date,Kind,Source,Client,Sale amount,Sale currency,Exchange rate,Rate %,"
            + "Amount,Currency,Status,Payout";

    private StatementCsv() {
    }

    /** The file name a statement downloads as, e.g. statement-2026-10.csv. */
    public static String fileName(PayoutLine payout) {
        return "statement-" + payout.period() + ".csv";
    }

    public static String of(Statement statement) {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text);
        csv.row((Object[]) HEADER.split(","));
        PayoutLine payout = statement.payout();
        for (EarningLine line : statement.lines()) {
            csv.row(day(line.earnedAt()), line.kind().name(), line.source(), line.clientName(), line.base().amount(),
                    line.base().currency().getCurrencyCode(), line.exchangeRate(), line.ratePercent(),
                    line.amount().amount(), line.amount().currency().getCurrencyCode(), line.status().name(),
                    payout.period());
        }
        csv.row("Total", null, statement.portalName(), null, null, null, null, null, payout.amount().amount(),
                payout.amount().currency().getCurrencyCode(), payout.status().name(), payout.period());
        return text.toString();
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
