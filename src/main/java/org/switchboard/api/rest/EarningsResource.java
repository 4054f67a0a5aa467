package org.switchboard.api.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.switchboard.api.boundary.ApiCaller;
import org.switchboard.api.entity.ApiScope;
import org.switchboard.api.rest.EarningsRepresentations.Earning;
import org.switchboard.api.rest.EarningsRepresentations.EarningPage;
import org.switchboard.api.rest.EarningsRepresentations.Payout;
import org.switchboard.api.rest.EarningsRepresentations.PayoutDetails;
import org.switchboard.api.rest.EarningsRepresentations.PayoutPage;
import org.switchboard.api.rest.EarningsRepresentations.Sale;
import org.switchboard.api.rest.EarningsRepresentations.SalePage;
import org.switchboard.earnings.boundary.EarningsStatements;
import org.switchboard.earnings.boundary.EarningsViews.EarningLine;
import org.switchboard.earnings.boundary.EarningsViews.PayoutLine;
import org.switchboard.earnings.boundary.EarningsViews.PeriodMark;
import org.switchboard.earnings.boundary.EarningsViews.SaleLine;
import org.switchboard.earnings.boundary.EarningsViews.Statement;
import org.switchboard.earnings.boundary.PartnerEarnings;
import org.switchboard.earnings.boundary.StatementCsv;
import org.switchboard.earnings.boundary.StatementPdf;
import org.switchboard.platform.kernel.NotFound;

import java.util.List;

/**
 * A channel partner's money, as its Earnings page shows it to the token's owner: sales, earnings
 * and payouts with the page's period and client filters and totals, and a payout's statement as
 * the page exports it (the same CSV and PDF writers). The same PartnerEarnings and
 * EarningsStatements services decide who may see them: a portal that is no channel partner, or a
 * member without all its clients in scope, finds no earnings (404), as on the page.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Earnings", description = "A channel partner's sales, commission earnings, payouts and payout statements.")
public class EarningsResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MOST_LIMIT = 200;
    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";
    private static final String MONTH_DOC = "Only rows of this month or later (YYYY-MM, UTC).";
    private static final String TO_DOC = "Only rows of this month or earlier (YYYY-MM, UTC).";
    private static final String CLIENT_DOC = "Only rows of this client (its id).";
    private static final String LIMIT_DOC = "Rows a page, 1 to 200; 50 by default.";
    private static final String CURSOR_DOC = "The `next` of the previous page, alone or with the same filter.";

    @Inject
    ApiRequest request;

    @Inject
    PartnerEarnings earnings;

    @Inject
    EarningsStatements statements;

    @Context
    HttpHeaders headers;

    @GET
    @Path("sales")
    @RequiresScope(ApiScope.EARNINGS_READ)
    @Operation(summary = "List sales", description = "The client purchases attributed to the portal, newest first, "
            + "with the Earnings page's filters and the filtered total per currency. For channel partners.")
    @APIResponse(responseCode = "200", description = "One page of sales.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SalePage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (each is listed in `errors`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "The portal is no channel partner, or the token's owner does not "
            + "see all its clients, so it has no earnings to show.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public SalePage listSales(
            @Parameter(description = MONTH_DOC, example = "2026-01") @QueryParam("from") String from,
            @Parameter(description = TO_DOC, example = "2026-06") @QueryParam("to") String to,
            @Parameter(description = CLIENT_DOC, example = "4150") @QueryParam("client") String client,
            @Parameter(description = LIMIT_DOC, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200",
                    defaultValue = "50")) @QueryParam("limit") String limit,
            @Parameter(description = CURSOR_DOC) @QueryParam("cursor") String cursor) {
        ApiCaller caller = request.requireCaller();
        EarningsQuery asked = EarningsQuery.of("sales", from, to, client, true, limit, cursor);
        Slice<SaleLine> page = Slice.of(earnings.salesAfter(caller.portalId(), caller.userId(), asked.filter(),
                asked.timeMark(), asked.limit() + 1), asked.limit());
        return new SalePage(page.map(Sale::of),
                EarningsRepresentations.totals(earnings.salesTotals(caller.portalId(), caller.userId(), asked.filter())),
                page.next(last -> EarningsQuery.next("sales", asked.filter(), last.occurredAt().toString(), last.id())));
    }

    @GET
    @Path("earnings")
    @RequiresScope(ApiScope.EARNINGS_READ)
    @Operation(summary = "List earnings", description = "The portal's commission ledger, newest first: commissions, "
            + "clawbacks of refunds and referral bounties, each with its status (pending until its hold ends, then "
            + "available, then paid) and the payout that paid it; with the Earnings page's filters and the filtered "
            + "total per currency. For channel partners.")
    @APIResponse(responseCode = "200", description = "One page of earnings.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EarningPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (each is listed in `errors`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "The portal has no earnings to show the token's owner.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public EarningPage listEarnings(
            @Parameter(description = MONTH_DOC, example = "2026-01") @QueryParam("from") String from,
            @Parameter(description = TO_DOC, example = "2026-06") @QueryParam("to") String to,
            @Parameter(description = CLIENT_DOC, example = "4150") @QueryParam("client") String client,
            @Parameter(description = LIMIT_DOC, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200",
                    defaultValue = "50")) @QueryParam("limit") String limit,
            @Parameter(description = CURSOR_DOC) @QueryParam("cursor") String cursor) {
        ApiCaller caller = request.requireCaller();
        EarningsQuery asked = EarningsQuery.of("earnings", from, to, client, true, limit, cursor);
        Slice<EarningLine> page = Slice.of(earnings.earningsAfter(caller.portalId(), caller.userId(), asked.filter(),
                asked.timeMark(), asked.limit() + 1), asked.limit());
        return new EarningPage(page.map(Earning::of),
                EarningsRepresentations.totals(earnings.earningsTotals(caller.portalId(), caller.userId(), asked.filter())),
                page.next(last -> EarningsQuery.next("earnings", asked.filter(), last.earnedAt().toString(), last.id())));
    }

    @GET
    @Path("payouts")
    @RequiresScope(ApiScope.EARNINGS_READ)
    @Operation(summary = "List payouts", description = "The portal's monthly payouts, latest period first, with the "
            + "Earnings page's period filter and the total paid and issued per currency. For channel partners.")
    @APIResponse(responseCode = "200", description = "One page of payouts.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayoutPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (each is listed in `errors`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "The portal has no earnings to show the token's owner.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public PayoutPage listPayouts(
            @Parameter(description = "Only payouts of this period or later (YYYY-MM).", example = "2026-01")
            @QueryParam("from") String from,
            @Parameter(description = "Only payouts of this period or earlier (YYYY-MM).", example = "2026-06")
            @QueryParam("to") String to,
            @Parameter(description = LIMIT_DOC, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200",
                    defaultValue = "50")) @QueryParam("limit") String limit,
            @Parameter(description = CURSOR_DOC) @QueryParam("cursor") String cursor) {
        ApiCaller caller = request.requireCaller();
        EarningsQuery asked = EarningsQuery.of("payouts", from, to, null, false, limit, cursor);
        PeriodMark after = asked.markId() == null ? null : new PeriodMark(asked.markValue(), asked.markId());
        Slice<PayoutLine> page = Slice.of(earnings.payoutsAfter(caller.portalId(), caller.userId(), asked.filter(), after,
                asked.limit() + 1), asked.limit());
        return new PayoutPage(page.map(Payout::of),
                EarningsRepresentations.totals(earnings.payoutsTotals(caller.portalId(), caller.userId(), asked.filter())),
                page.next(last -> EarningsQuery.next("payouts", asked.filter(), last.period(), last.id())));
    }

    @GET
    @Path("payouts/{id}")
    @RequiresScope(ApiScope.EARNINGS_READ)
    @Operation(summary = "One payout", description = "A payout of the portal with every earning it pays, oldest first.")
    @APIResponse(responseCode = "200", description = "The payout.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayoutDetails.class)))
    @APIResponse(responseCode = "404", description = "No such payout of the portal, or no earnings to show the token's owner.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public PayoutDetails onePayout(@Parameter(description = "The payout's id.", example = "5150", required = true)
                                   @PathParam("id") String id) {
        ApiCaller caller = request.requireCaller();
        return PayoutDetails.of(statements.statement(caller.portalId(), caller.userId(), payoutId(id)));
    }

    @GET
    @Path("payouts/{id}/statement")
    @Produces({CSV, PDF, MediaType.APPLICATION_JSON})
    @RequiresScope(ApiScope.EARNINGS_READ)
    @Operation(summary = "A payout's statement", description = "The statement the Earnings page exports: as CSV (one "
            + "line per earning the payout pays, then its total) or as PDF, chosen by `format` or else by the Accept "
            + "header (text/csv or application/pdf; PDF for */*).")
    @APIResponse(responseCode = "200", description = "The statement, as an attachment named statement-YYYY-MM.csv or .pdf.",
            content = {
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            example = StatementCsv.HEADER + "\r\n2026-11-03,COMMISSION,\"Growth, 5 seats\",Harbour Café,"
                                    + "500.00,EUR,1.00000000,20.00,100.00,EUR,PAID,2026-11\r\n"),
                    @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "`format` is neither csv nor pdf.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such payout of the portal, or no earnings to show the token's owner.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "406", description = "Accept names neither text/csv nor application/pdf, and no `format` was given.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response payoutStatement(
            @Parameter(description = "The payout's id.", example = "5150", required = true) @PathParam("id") String id,
            @Parameter(description = "`csv` or `pdf`; wins over the Accept header.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "pdf"})) @QueryParam("format") String format) {
        ApiCaller caller = request.requireCaller();
        long payoutId = payoutId(id);
        if (format != null && !format.isBlank() && !List.of("csv", "pdf").contains(format.strip())) {
            throw new InvalidRequest(List.of(new Problem.FieldError("format", "Use csv or pdf.")));
        }
        Statement statement = statements.statement(caller.portalId(), caller.userId(), payoutId);
        String type = format != null && !format.isBlank() ? (format.strip().equals("csv") ? CSV : PDF) : negotiated();
        if (type == null) {
            return Problem.of(Problem.Kind.NOT_ACCEPTABLE, "A statement is text/csv or application/pdf: ask for one in "
                    + "Accept, or pass format=csv or format=pdf.").response();
        }
        if (type.equals(CSV)) {
            return Response.ok(StatementCsv.of(statement), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + StatementCsv.fileName(statement.payout()) + "\"")
                    .build();
        }
        return Response.ok(StatementPdf.of(statement), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + StatementPdf.fileName(statement.payout()) + "\"")
                .build();
    }

    /** The statement's type the Accept header prefers most; null when it names neither. */
    private String negotiated() {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return PDF;
            }
            if (accepted.getType().equalsIgnoreCase("text") && (accepted.isWildcardSubtype()
                    || accepted.getSubtype().equalsIgnoreCase("csv"))) {
                return CSV;
            }
            if (accepted.getType().equalsIgnoreCase("application") && accepted.getSubtype().equalsIgnoreCase("pdf")) {
                return PDF;
            }
        }
        return null;
    }

    /** An id that is no number names no payout: the same 404 as another portal's payout. */
    private static long payoutId(String id) {
        try {
            long parsed = Long.parseLong(id);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new NotFound("No such payout.");
    }
}
