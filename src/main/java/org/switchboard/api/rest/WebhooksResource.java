package org.switchboard.api.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.switchboard.api.boundary.ApiCaller;
import org.switchboard.api.entity.ApiScope;
import org.switchboard.webhook.boundary.WebhookEndpoints;
import org.switchboard.webhook.boundary.WebhookLog;
import org.switchboard.webhook.entity.WebhookDelivery;
import org.switchboard.webhook.boundary.EndpointSummary;
import org.switchboard.webhook.entity.WebhookEventType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's webhook endpoints and their delivery logs, for tokens of the portal's admins: the
 * same WebhookEndpoints and WebhookLog services, address checks and audit as Setup's Webhooks.
 */
@Path("webhooks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Webhooks", description = "Endpoints that receive the portal's events, signed as Standard Webhooks describes.")
public class WebhooksResource {

    private static final int MOST_DELIVERIES = 100;

    @Inject
    ApiRequest request;

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    WebhookLog log;

    @Context
    UriInfo uri;

    @Schema(name = "WebhookEndpoint", description = "A receiver of the portal's events.")
    public record Endpoint(
            @Schema(example = "1050") long id,
            @Schema(example = "https://crm.example.com/switchboard/events") String url,
            @Schema(example = "Our CRM") String description,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, example = "[\"client.created\", \"trial.ending\"]")
            List<String> events,
            @Schema(enumeration = {"enabled", "disabled"}) String status,
            @Schema(description = "Why it is disabled, when it is.") String disabledReason,
            @Schema(description = "Since when every delivery has failed; disabled after a day of it.") Instant failingSince,
            Instant createdAt) {

        static Endpoint of(EndpointSummary endpoint) {
            return new Endpoint(endpoint.id(), endpoint.url(), endpoint.description(),
                    endpoint.events().stream().sorted().map(WebhookEventType::code).toList(),
                    endpoint.enabled() ? "enabled" : "disabled", endpoint.disabledReason(), endpoint.failingSince(),
                    endpoint.createdAt());
        }
    }

    @Schema(name = "WebhookEndpointList")
    public record EndpointList(@Schema(type = SchemaType.ARRAY, implementation = Endpoint.class) List<Endpoint> data) {
    }

    @Schema(name = "WebhookEndpointRequest", description = "An endpoint's address, description and events.")
    public record EndpointRequest(
            @Schema(required = true, maxLength = 2000, example = "https://crm.example.com/switchboard/events") String url,
            @Schema(maxLength = 200, example = "Our CRM") String description,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = String.class,
                    example = "[\"client.created\", \"subscription.changed\"]") List<String> events) {
    }

    @Schema(name = "WebhookSecret", description = "The endpoint with its signing secret, given this once.")
    public record EndpointWithSecret(Endpoint endpoint,
                                     @Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
    }

    @Schema(name = "WebhookDelivery", description = "One event sent, or on its way, to the endpoint.")
    public record Delivery(
            @Schema(example = "2250") long id,
            @Schema(description = "The webhook-id header: the same for every attempt.", example = "msg_2x1H8kq7pG0aZl3uQwE9tY4b")
            String messageId,
            @Schema(example = "client.created") String type,
            @Schema(enumeration = {"pending", "delivered", "failed"}) String status,
            int attempts,
            @Schema(description = "The HTTP status of the last answer.", example = "200") Integer lastStatusCode,
            String lastError,
            Integer lastDurationMs,
            Instant createdAt,
            Instant lastAttemptAt,
            @Schema(description = "When it is tried next, while pending.") Instant nextAttemptAt,
            Instant deliveredAt,
            @Schema(description = "The body as sent.") String payload) {

        static Delivery of(WebhookDelivery delivery) {
            return new Delivery(delivery.getId(), delivery.getMessageId(), delivery.getEventType(),
                    ApiNames.of(delivery.getStatus()), delivery.getAttempts(), delivery.getLastStatusCode(),
                    delivery.getLastError(), delivery.getLastDurationMs(), delivery.getCreatedAt(), delivery.getLastAttemptAt(),
                    delivery.getStatus() == org.switchboard.webhook.entity.DeliveryStatus.PENDING ? delivery.getNextAttemptAt() : null,
                    delivery.getDeliveredAt(), delivery.getPayload());
        }
    }

    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(@Schema(type = SchemaType.ARRAY, implementation = Delivery.class) List<Delivery> data,
                               @Schema(description = "Pass as before for the next (older) page; absent on the last.") String next) {
    }

    @Schema(name = "WebhookDeliveryQueued")
    public record Queued(@Schema(example = "2250") long deliveryId) {
    }

    @GET
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "List the portal's webhook endpoints")
    @APIResponse(responseCode = "200", description = "The endpoints, oldest first.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndpointList.class)))
    public EndpointList listWebhooks() {
        ApiCaller caller = request.requireCaller();
        return new EndpointList(endpoints.ofPortal(caller.portalId(), caller.userId()).stream().map(Endpoint::of).toList());
    }

    @POST
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "Add a webhook endpoint", description = "The address must be public HTTPS. The answer holds "
            + "the endpoint's signing secret, given this once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EndpointRequest.class)))
    @APIResponse(responseCode = "201", description = "Added.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndpointWithSecret.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Refused by a rule: not HTTPS, a private address, a money "
            + "event for a portal that is no channel partner.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response addWebhook(EndpointRequest body) {
        ApiCaller caller = request.requireCaller();
        Set<WebhookEventType> events = eventsOf(body);
        WebhookEndpoints.Issued issued = endpoints.add(caller.portalId(), caller.userId(), body.url(), body.description(), events);
        Endpoint endpoint = Endpoint.of(endpoints.endpoint(caller.portalId(), caller.userId(), issued.id()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.id())).build())
                .entity(new EndpointWithSecret(endpoint, issued.secret())).build();
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "One webhook endpoint")
    @APIResponse(responseCode = "200", description = "The endpoint.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Endpoint.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the portal.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Endpoint getWebhook(@Parameter(required = true, example = "1050") @PathParam("id") String id) {
        ApiCaller caller = request.requireCaller();
        return Endpoint.of(endpoints.endpoint(caller.portalId(), caller.userId(), ClientsResource.parseId(id)));
    }

    @PUT
    @Path("{id}")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "Change a webhook endpoint's address, description and events")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EndpointRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Endpoint.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the portal.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Refused by a rule.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Endpoint changeWebhook(@Parameter(required = true, example = "1050") @PathParam("id") String id,
                                  EndpointRequest body) {
        ApiCaller caller = request.requireCaller();
        long endpointId = ClientsResource.parseId(id);
        endpoints.endpoint(caller.portalId(), caller.userId(), endpointId);
        Set<WebhookEventType> events = eventsOf(body);
        endpoints.change(caller.portalId(), caller.userId(), endpointId, body.url(), body.description(), events);
        return Endpoint.of(endpoints.endpoint(caller.portalId(), caller.userId(), endpointId));
    }

    @DELETE
    @Path("{id}")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "Remove a webhook endpoint", description = "With its delivery log; nothing more is sent to it.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", description = "No such endpoint in the portal.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response removeWebhook(@Parameter(required = true, example = "1050") @PathParam("id") String id) {
        ApiCaller caller = request.requireCaller();
        endpoints.remove(caller.portalId(), caller.userId(), ClientsResource.parseId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/rotate-secret")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "Rotate a webhook endpoint's signing secret", description = "For a day, deliveries carry "
            + "signatures of both the new and the old secret, so the receiver can switch without missing one.")
    @APIResponse(responseCode = "200", description = "The new secret, given this once.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndpointWithSecret.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the portal.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public EndpointWithSecret rotateWebhookSecret(@Parameter(required = true, example = "1050") @PathParam("id") String id) {
        ApiCaller caller = request.requireCaller();
        long endpointId = ClientsResource.parseId(id);
        String secret = endpoints.rotate(caller.portalId(), caller.userId(), endpointId).secret();
        return new EndpointWithSecret(Endpoint.of(endpoints.endpoint(caller.portalId(), caller.userId(), endpointId)), secret);
    }

    @POST
    @Path("{id}/enable")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "Enable a webhook endpoint", description = "Events from now on are sent; resend missed ones "
            + "from the delivery log.")
    @APIResponse(responseCode = "200", description = "Enabled.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Endpoint.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the portal.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Endpoint enableWebhook(@Parameter(required = true, example = "1050") @PathParam("id") String id) {
        ApiCaller caller = request.requireCaller();
        long endpointId = ClientsResource.parseId(id);
        endpoints.enable(caller.portalId(), caller.userId(), endpointId);
        return Endpoint.of(endpoints.endpoint(caller.portalId(), caller.userId(), endpointId));
    }

    @POST
    @Path("{id}/disable")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "Disable a webhook endpoint", description = "Nothing is sent to it until it is enabled.")
    @APIResponse(responseCode = "200", description = "Disabled.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Endpoint.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the portal.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Endpoint disableWebhook(@Parameter(required = true, example = "1050") @PathParam("id") String id) {
        ApiCaller caller = request.requireCaller();
        long endpointId = ClientsResource.parseId(id);
        endpoints.disable(caller.portalId(), caller.userId(), endpointId);
        return Endpoint.of(endpoints.endpoint(caller.portalId(), caller.userId(), endpointId));
    }

    @POST
    @Path("{id}/test")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "Send a test event to a webhook endpoint", description = "A webhook.test event, signed like "
            + "every other; its delivery appears in the log.")
    @APIResponse(responseCode = "202", description = "On its way.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Queued.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the portal.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response testWebhook(@Parameter(required = true, example = "1050") @PathParam("id") String id) {
        ApiCaller caller = request.requireCaller();
        long deliveryId = endpoints.sendTest(caller.portalId(), caller.userId(), ClientsResource.parseId(id));
        return Response.accepted(new Queued(deliveryId)).build();
    }

    @GET
    @Path("{id}/deliveries")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "A webhook endpoint's delivery log", description = "Newest first, paged by the answer's next.")
    @APIResponse(responseCode = "200", description = "A page of deliveries.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the portal.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public DeliveryPage listWebhookDeliveries(
            @Parameter(required = true, example = "1050") @PathParam("id") String id,
            @Parameter(description = "The next of the previous page.") @QueryParam("before") String before,
            @Parameter(description = "At most this many, 1 to 100 (default 50).", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "100", defaultValue = "50")) @QueryParam("limit") String limit) {
        ApiCaller caller = request.requireCaller();
        long endpointId = ClientsResource.parseId(id);
        endpoints.endpoint(caller.portalId(), caller.userId(), endpointId);
        List<Problem.FieldError> errors = new ArrayList<>();
        int size = PageCursor.limit(limit, 50, MOST_DELIVERIES, errors);
        Long beforeId = null;
        if (before != null && !before.isBlank()) {
            try {
                beforeId = Long.parseLong(before.strip());
            } catch (NumberFormatException notANumber) {
                errors.add(new Problem.FieldError("before", "Pass the next of a previous page."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Slice<WebhookDelivery> page = Slice.of(log.before(caller.portalId(), caller.userId(), endpointId,
                Optional.ofNullable(beforeId), size + 1), size);
        return new DeliveryPage(page.map(Delivery::of), page.next(last -> String.valueOf(last.getId())));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/resend")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "Resend a delivery", description = "Now, with the same webhook-id, whether it failed or was "
            + "delivered.")
    @APIResponse(responseCode = "202", description = "On its way.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Queued.class)))
    @APIResponse(responseCode = "404", description = "No such delivery of an endpoint in the portal.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response resendWebhookDelivery(@Parameter(required = true, example = "1050") @PathParam("id") String id,
                                          @Parameter(required = true, example = "2250") @PathParam("deliveryId") String deliveryId) {
        ApiCaller caller = request.requireCaller();
        long endpointId = ClientsResource.parseId(id);
        long delivery = ClientsResource.parseId(deliveryId);
        log.resend(caller.portalId(), caller.userId(), endpointId, delivery);
        return Response.accepted(new Queued(delivery)).build();
    }

    private static Set<WebhookEventType> eventsOf(EndpointRequest body) {
        if (body == null) {
            throw new InvalidRequest(List.of(new Problem.FieldError("body", "Send the endpoint as a JSON object.")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.url() == null || body.url().isBlank()) {
            errors.add(new Problem.FieldError("url", "Required."));
        }
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        if (body.events() == null || body.events().isEmpty()) {
            errors.add(new Problem.FieldError("events", "Choose at least one event."));
        } else {
            for (String code : body.events()) {
                Optional<WebhookEventType> type = WebhookEventType.ofCode(code == null ? "" : code.strip())
                        .filter(WebhookEventType::choosable);
                if (type.isPresent()) {
                    events.add(type.get());
                } else {
                    errors.add(new Problem.FieldError("events", "No event is called " + code + "; use: "
                            + String.join(", ", java.util.Arrays.stream(WebhookEventType.values())
                            .filter(WebhookEventType::choosable).map(WebhookEventType::code).toList()) + "."));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return events;
    }
}
