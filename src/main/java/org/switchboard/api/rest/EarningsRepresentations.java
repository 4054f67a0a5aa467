package org.switchboard.api.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.switchboard.earnings.boundary.EarningsViews.EarningLine;
import org.switchboard.earnings.boundary.EarningsViews.PayoutLine;
import org.switchboard.earnings.boundary.EarningsViews.SaleLine;
import org.switchboard.earnings.boundary.EarningsViews.Statement;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A channel partner's sales, earnings and payouts as the API shows them: the Earnings page's columns. */
public final class EarningsRepresentations {

    private EarningsRepresentations() {
    }

    static List<MoneyRepresentation> totals(List<Money> totals) {
        return totals.stream().map(MoneyRepresentation::of).toList();
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @Schema(name = "Sale", description = "A client purchase attributed to the portal.")
    public record Sale(
            @Schema(example = "80150") long id,
            @Schema(example = "2026-11-03T12:00:00Z") Instant occurredAt,
            @Schema(example = "4150") long clientId,
            @Schema(example = "Harbour Café") String clientName,
            @Schema(enumeration = {"new", "renewal", "upgrade", "refund"}, example = "new") String type,
            @Schema(description = "Negative for a refund.") MoneyRepresentation amount,
            @Schema(example = "Growth, 5 seats, monthly") String description) {

        static Sale of(SaleLine line) {
            return new Sale(line.id(), line.occurredAt(), line.clientId(), line.clientName(), ApiNames.of(line.type()),
                    MoneyRepresentation.of(line.amount()), line.description());
        }
    }

    @Schema(name = "SalePage", description = "One page of sales, newest first, the filtered total and the next page's cursor.")
    public record SalePage(
            @Schema(type = SchemaType.ARRAY, implementation = Sale.class, description = "The page's sales, newest first.")
            List<Sale> data,
            @Schema(type = SchemaType.ARRAY, implementation = MoneyRepresentation.class,
                    description = "The total of every sale the filter finds (not only this page's), per currency.")
            List<MoneyRepresentation> totals,
            @Schema(description = "Pass as ?cursor= for the next page; absent on the last page.") String next) {
    }

    @Schema(name = "Earning", description = "A commission ledger entry: its amount and dates never change, only its status.")
    public record Earning(
            @Schema(example = "91200") long id,
            @Schema(example = "2026-11-03T12:00:00Z") Instant earnedAt,
            @Schema(enumeration = {"commission", "clawback", "bounty"}, example = "commission") String kind,
            @Schema(example = "4150") Long clientId,
            @Schema(example = "Harbour Café") String clientName,
            @Schema(description = "The sale or referral it came from.", example = "Growth, 5 seats, monthly") String source,
            @Schema(description = "The sale's amount, in the sale's currency.") MoneyRepresentation saleAmount,
            @Schema(description = "The rate the sale's amount was converted at into the plan's currency; 1 when they are the same.",
                    example = "1.17000000") String exchangeRate,
            @Schema(description = "The commission rate in percent; absent for a bounty.", example = "20.00") String ratePercent,
            MoneyRepresentation amount,
            @Schema(enumeration = {"pending", "available", "paid"}, example = "available") String status,
            @Schema(description = "When it stops being pending.", example = "2026-12-03") LocalDate availableOn,
            @Schema(description = "The payout that paid it; absent while unpaid.", example = "5150") Long payoutId,
            @Schema(example = "2026-11") String payoutPeriod) {

        static Earning of(EarningLine line) {
            return new Earning(line.id(), line.earnedAt(), ApiNames.of(line.kind()), line.clientId(), line.clientName(),
                    line.source(), MoneyRepresentation.of(line.base()), decimal(line.exchangeRate()),
                    decimal(line.ratePercent()), MoneyRepresentation.of(line.amount()), ApiNames.of(line.status()),
                    line.availableOn(), line.payoutId(), line.payoutPeriod());
        }
    }

    @Schema(name = "EarningPage", description = "One page of earnings, newest first, the filtered total and the next page's cursor.")
    public record EarningPage(
            @Schema(type = SchemaType.ARRAY, implementation = Earning.class, description = "The page's earnings, newest first.")
            List<Earning> data,
            @Schema(type = SchemaType.ARRAY, implementation = MoneyRepresentation.class,
                    description = "The total of every earning the filter finds, per currency.")
            List<MoneyRepresentation> totals,
            @Schema(description = "Pass as ?cursor= for the next page; absent on the last page.") String next) {
    }

    @Schema(name = "Payout", description = "One monthly payment of the portal's available earnings.")
    public record Payout(
            @Schema(example = "5150") long id,
            @Schema(example = "2026-11") String period,
            @Schema(description = "The first day after the period: earnings available before it were paid.", example = "2026-12-01") LocalDate cutOff,
            MoneyRepresentation amount,
            @Schema(description = "How many earnings it pays.", example = "14") int earnings,
            @Schema(enumeration = {"issued", "paid", "failed"}, example = "paid") String status,
            @Schema(example = "2026-12-01T02:00:00Z") Instant createdAt,
            @Schema(description = "When the operator marked it paid or failed; absent while issued.", example = "2026-12-03T09:30:00Z")
            Instant resolvedAt,
            @Schema(description = "The bank transfer's reference.", example = "SEPA-2026-11-0042") String reference) {

        static Payout of(PayoutLine line) {
            return new Payout(line.id(), line.period(), line.cutOff(), MoneyRepresentation.of(line.amount()),
                    line.earningsCount(), ApiNames.of(line.status()), line.createdAt(), line.settledAt(), line.reference());
        }
    }

    @Schema(name = "PayoutPage", description = "One page of payouts, latest period first, the total paid and issued, and the next page's cursor.")
    public record PayoutPage(
            @Schema(type = SchemaType.ARRAY, implementation = Payout.class, description = "The page's payouts, latest first.")
            List<Payout> data,
            @Schema(type = SchemaType.ARRAY, implementation = MoneyRepresentation.class,
                    description = "The total of the paid and issued payouts the filter finds (failed ones paid nothing), per currency.")
            List<MoneyRepresentation> totals,
            @Schema(description = "Pass as ?cursor= for the next page; absent on the last page.") String next) {
    }

    @Schema(name = "PayoutDetails", description = "A payout with every earning it pays: its statement's lines.")
    public record PayoutDetails(
            Payout payout,
            @Schema(type = SchemaType.ARRAY, implementation = Earning.class, description = "The earnings it pays, oldest first.")
            List<Earning> earnings) {

        static PayoutDetails of(Statement statement) {
            return new PayoutDetails(Payout.of(statement.payout()), statement.lines().stream().map(Earning::of).toList());
        }
    }
}
