package org.switchboard.api.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.api.boundary.ApiCaller;
import org.switchboard.api.entity.ApiScope;
import org.switchboard.billing.boundary.Provisioning;
import org.switchboard.billing.boundary.SubscriptionView;
import org.switchboard.billing.boundary.Subscriptions;
import org.switchboard.billing.control.BillingPeriod;
import org.switchboard.identity.control.Tokens;
import org.switchboard.platform.kernel.NotFound;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's subscription, as its details page shows and changes it: read it, turn a trial into a
 * subscription, upgrade now (charged for the rest of the period), downgrade at the next renewal,
 * cancel at the period's end. The same Subscriptions and Provisioning services, rules, sales and
 * records as the page; a client outside the token owner's scope is 404.
 */
@Path("clients/{id}/subscription")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Subscriptions", description = "A client account's subscription.")
public class SubscriptionResource {

    @Inject
    ApiRequest request;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Provisioning provisioning;

    @Inject
    PortalPermissions permissions;

    @Schema(name = "Subscription", description = "A client's subscription.")
    public record Subscription(
            @Schema(example = "growth") String plan,
            @Schema(example = "Growth") String planName,
            @Schema(example = "25") int seats,
            @Schema(enumeration = {"monthly", "annual"}) String billing,
            MoneyRepresentation seatPrice,
            MoneyRepresentation periodPrice,
            @Schema(example = "2026-12-01") LocalDate periodStart,
            @Schema(example = "2026-12-31") LocalDate periodEnd,
            @Schema(enumeration = {"active", "cancelling", "cancelled"}) String status,
            @Schema(description = "The plan a downgrade takes effect with at the next renewal, if one is due.")
            String nextPlanName,
            Integer nextSeats) {

        static Subscription of(SubscriptionView view) {
            return new Subscription(view.planCode(), view.planName(), view.seats(), ApiNames.of(view.billing()),
                    MoneyRepresentation.of(view.seatPrice()), MoneyRepresentation.of(view.periodPrice()),
                    view.periodStart(), view.periodEnd(), ApiNames.of(view.status()), view.nextPlanName(), view.nextSeats());
        }
    }

    @Schema(name = "PlanChange", description = "The plan and seats to change to; billing only when converting a trial.")
    public record PlanChange(@Schema(required = true, example = "pro") String plan,
                             @Schema(required = true, minimum = "1", maximum = "10000", example = "30") int seats,
                             @Schema(enumeration = {"monthly", "annual"}) String billing) {
    }

    @Schema(name = "Charge", description = "What an upgrade charged for the rest of the period.")
    public record Charge(MoneyRepresentation charged, Subscription subscription) {
    }

    @GET
    @RequiresScope(ApiScope.ACCOUNTS_READ)
    @Operation(summary = "A client's subscription")
    @APIResponse(responseCode = "200", description = "The subscription.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Subscription.class)))
    @APIResponse(responseCode = "404", description = "No such client in scope, or it has no subscription (a trial).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Subscription readSubscription(@Parameter(required = true, example = "4150") @PathParam("id") String id) {
        ApiCaller caller = request.requireCaller();
        return current(caller, inScope(caller, id));
    }

    @POST
    @Path("convert")
    @RequiresScope(ApiScope.SUBSCRIPTIONS_WRITE)
    @Operation(summary = "Turn a trial into a subscription", description = "Once only; records the NEW sale.")
    @APIResponse(responseCode = "200", description = "The new subscription.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Subscription.class)))
    @APIResponse(responseCode = "422", description = "Refused by a rule (not on a trial, a plan not for sale).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Subscription convert(@Parameter(required = true) @PathParam("id") String id, PlanChange change) {
        ApiCaller caller = request.requireCaller();
        long clientId = inScope(caller, id);
        PlanChange body = require(change);
        provisioning.convertTrial(caller.portalId(), caller.userId(), clientId, body.plan(), body.seats(),
                billingOf(body.billing()));
        return current(caller, clientId);
    }

    @POST
    @Path("upgrade")
    @RequiresScope(ApiScope.SUBSCRIPTIONS_WRITE)
    @Operation(summary = "Upgrade now", description = "More seats or a dearer plan from today; the difference for the "
            + "rest of the period is charged as an UPGRADE sale. A retry with the same Idempotency-Key charges nothing more.")
    @APIResponse(responseCode = "200", description = "What was charged, and the subscription.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Charge.class)))
    @APIResponse(responseCode = "422", description = "Refused by a rule (it would cost no more, no subscription).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Charge upgrade(@Parameter(required = true) @PathParam("id") String id,
                          @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
                                  description = ProvisioningResource.KEY_DOC) @HeaderParam("Idempotency-Key") String key,
                          PlanChange change) {
        ApiCaller caller = request.requireCaller();
        long clientId = inScope(caller, id);
        PlanChange body = require(change);
        if (key == null || key.isBlank() || key.length() > ProvisioningResource.MOST_KEY) {
            throw new InvalidRequest(List.of(new Problem.FieldError("Idempotency-Key", "Send a unique key with every upgrade.")));
        }
        // The sale's key holds the request's key: a short fingerprint of it, scoped to the portal.
        String requestKey = "api:" + Tokens.hash(caller.portalId() + ":" + key).substring(0, 40);
        var charged = subscriptions.upgrade(caller.portalId(), caller.userId(), clientId, body.plan(), body.seats(), requestKey);
        return new Charge(MoneyRepresentation.of(charged), current(caller, clientId));
    }

    @POST
    @Path("downgrade")
    @RequiresScope(ApiScope.SUBSCRIPTIONS_WRITE)
    @Operation(summary = "Downgrade at the next renewal", description = "A cheaper plan or fewer seats from the next "
            + "renewal on; nothing is charged or refunded now.")
    @APIResponse(responseCode = "200", description = "The subscription, with the downgrade due.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Subscription.class)))
    public Subscription downgrade(@Parameter(required = true) @PathParam("id") String id, PlanChange change) {
        ApiCaller caller = request.requireCaller();
        long clientId = inScope(caller, id);
        PlanChange body = require(change);
        subscriptions.downgrade(caller.portalId(), caller.userId(), clientId, body.plan(), body.seats());
        return current(caller, clientId);
    }

    @POST
    @Path("cancel")
    @RequiresScope(ApiScope.SUBSCRIPTIONS_WRITE)
    @Operation(summary = "Cancel at the period's end", description = "The subscription runs to the end of the period "
            + "it is in, then stops.")
    @APIResponse(responseCode = "200", description = "The subscription, ending at its period's end.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Subscription.class)))
    public Subscription cancel(@Parameter(required = true) @PathParam("id") String id) {
        ApiCaller caller = request.requireCaller();
        long clientId = inScope(caller, id);
        subscriptions.cancel(caller.portalId(), caller.userId(), clientId);
        return current(caller, clientId);
    }

    private Subscription current(ApiCaller caller, long clientId) {
        return subscriptions.of(caller.portalId(), caller.userId(), clientId).map(Subscription::of)
                .orElseThrow(() -> new NotFound("This client account has no subscription."));
    }

    /**
     * The client, once the token's owner may see it: another tenant's client is 404 before anything
     * of the request is looked at, so an answer never depends on what the request carried for it.
     */
    private long inScope(ApiCaller caller, String id) {
        long clientId = ClientsResource.parseId(id);
        permissions.requireClient(caller.userId(), caller.portalId(), clientId);
        return clientId;
    }

    private static PlanChange require(PlanChange change) {
        if (change == null) {
            throw new InvalidRequest(List.of(new Problem.FieldError("body", "Send plan and seats as a JSON object.")));
        }
        return change;
    }

    private static BillingPeriod billingOf(String billing) {
        return ProvisioningResource.billingOf(billing);
    }
}
