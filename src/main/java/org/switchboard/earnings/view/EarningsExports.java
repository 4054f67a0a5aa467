package org.switchboard.earnings.view;

import jakarta.enterprise.inject.spi.CDI;
import org.switchboard.earnings.boundary.EarningsViews.PayoutLine;
import org.switchboard.earnings.control.CsvWriter;
import org.switchboard.earnings.boundary.PartnerEarnings;
import org.switchboard.earnings.view.EarningsTables.Scope;
import org.switchboard.platform.kernel.Money;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The Earnings page's tabs as CSV, with the page's filter, written straight to the response page by
 * page so that a big portal's export never sits in memory. Amounts are plain decimals with their
 * currency in a column of its own, days are ISO dates (UTC), so that spreadsheets read them as such.
 */
final class EarningsExports {

    private static final int PAGE = 1_000;

    private EarningsExports() {
    }

    private static PartnerEarnings service() {
        return CDI.current().select(PartnerEarnings.class).get();
    }

    static void sales(Scope scope, OutputStream out) {
        write(out, csv -> {
            csv.row("Date", "Client", "Type", "Amount", "Currency", "Description");
            service().exportSales(scope.portalId(), scope.userId(), scope.filter(), sale -> csv.row(day(sale.occurredAt()),
                    sale.clientName(), sale.type().name(), sale.amount().amount(), currency(sale.amount()),
                    sale.description()));
        });
    }

    static void earnings(Scope scope, OutputStream out) {
        write(out, csv -> {
            csv.row("Date", "Kind", "Source", "Client", "Sale amount", "Sale currency", "Exchange rate", "Rate %",
                    "Amount", "Currency", "Status", "Available on", "Payout");
            service().exportEarnings(scope.portalId(), scope.userId(), scope.filter(), line -> csv.row(day(line.earnedAt()),
                    line.kind().name(), line.source(), line.clientName(), line.base().amount(), currency(line.base()),
                    line.exchangeRate(), line.ratePercent(), line.amount().amount(), currency(line.amount()),
                    line.status().name(), line.availableOn(), line.payoutPeriod()));
        });
    }

    static void payouts(Scope scope, OutputStream out) {
        PartnerEarnings service = service();
        write(out, csv -> {
            csv.row("Period", "Cut-off", "Amount", "Currency", "Earnings", "Status", "Created", "Paid", "Reference");
            for (int first = 0; ; first += PAGE) {
                List<PayoutLine> page = service.payouts(scope.portalId(), scope.userId(), scope.filter(), first, PAGE);
                page.forEach(payout -> csv.row(payout.period(), payout.cutOff(), payout.amount().amount(),
                        currency(payout.amount()), payout.earningsCount(), payout.status().name(), day(payout.createdAt()),
                        day(payout.settledAt()), payout.reference()));
                if (page.size() < PAGE) {
                    return;
                }
            }
        });
    }

    private static void write(OutputStream out, java.util.function.Consumer<CsvWriter> rows) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            rows.accept(new CsvWriter(writer));
            writer.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String currency(Money money) {
        return money.currency().getCurrencyCode();
    }
}
