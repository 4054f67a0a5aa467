package org.switchboard.api.rest;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.switchboard.api.boundary.ApiCaller;
import org.switchboard.api.entity.ApiScope;
import org.switchboard.api.rest.ClientRepresentations.Details;
import org.switchboard.billing.boundary.NewAccount;
import org.switchboard.billing.boundary.Provisioning;
import org.switchboard.billing.control.BillingPeriod;
import org.switchboard.identity.control.Tokens;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.Refusal;
import org.switchboard.portal.boundary.ClientDetails;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Actions menu's new trial and new subscription, for a partner's own sign-up forms: the same
 * Provisioning service, rules, e-mail to the client's admin, sale, activity and audit as the page.
 * Each POST carries an {@code Idempotency-Key}: a retried request (after a timeout, say) answers
 * the client the first one made instead of making a second, even when both arrive at once.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Provisioning", description = "New client accounts: trials and subscriptions.")
public class ProvisioningResource {

    static final int MOST_KEY = 255;
    static final String KEY_DOC = "A key of your own, unique per new client (a UUID, say), sent again unchanged "
            + "when the request is retried: the retry answers the client the first request made.";

    @Inject
    ApiRequest request;

    @Inject
    Provisioning provisioning;

    @Inject
    ClientDetails details;

    @Context
    UriInfo uri;

    @Schema(name = "NewClient", description = "A company to make a client account for, and its first admin.")
    public record NewClient(
            @Schema(required = true, maxLength = 200, example = "Harbour Café") String companyName,
            @Schema(required = true, description = "ISO 3166 country code.", example = "NL") String country,
            @Schema(required = true, description = "ISO 4217 currency code; the plan's currency.", example = "EUR")
            String currency,
            @Schema(required = true, maxLength = 100, example = "Alex") String adminFirstName,
            @Schema(required = true, maxLength = 100, example = "Harbour") String adminLastName,
            @Schema(required = true, maxLength = 254, example = "alex@harbourcafe.example") String adminEmail,
            @Schema(required = true, description = "The plan's code.", example = "growth") String plan,
            @Schema(required = true, minimum = "1", maximum = "10000", example = "5") int seats,
            @Schema(description = "How a subscription is billed; required for one, left out for a trial.",
                    enumeration = {"monthly", "annual"}, example = "monthly") String billing) {

        NewAccount form(BillingPeriod period) {
            return new NewAccount(companyName, country, currency, adminFirstName, adminLastName, adminEmail, plan, seats,
                    period);
        }
    }

    @POST
    @Path("trials")
    @RequiresScope(ApiScope.PROVISIONING_WRITE)
    @Operation(summary = "Start a trial", description = "Makes a client account on a trial of the plan, with its "
            + "admin, who is e-mailed to choose a password (or asked to join, when the address already has a login).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewClient.class)))
    @APIResponse(responseCode = "201", description = "The client was made.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Details.class)))
    @APIResponse(responseCode = "200", description = "An earlier request with this Idempotency-Key made the client; "
            + "Idempotent-Replayed: true.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Details.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (each listed) or no Idempotency-Key.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Refused by a rule (a plan without a trial, a company the portal "
            + "already has); nothing was made.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response startTrial(@Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true, description = KEY_DOC) @HeaderParam("Idempotency-Key") String key,
                               NewClient trial) {
        NewClient body = requireBody(trial);
        if (body.billing() != null) {
            throw new InvalidRequest(List.of(new Problem.FieldError("billing", "A trial is not billed; leave billing out.")));
        }
        return provision(key, caller -> provisioning.startTrial(caller.portalId(), caller.userId(), body.form(null),
                creationKey(caller, key)));
    }

    @POST
    @Path("subscriptions")
    @RequiresScope(ApiScope.PROVISIONING_WRITE)
    @Operation(summary = "Create a subscription", description = "Makes a client account subscribed to the plan and "
            + "records the sale, as the Actions menu's New subscription does.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewClient.class)))
    @APIResponse(responseCode = "201", description = "The client was made.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Details.class)))
    @APIResponse(responseCode = "200", description = "An earlier request with this Idempotency-Key made the client.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Details.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (each listed) or no Idempotency-Key.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Refused by a rule; nothing was made.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response createSubscription(@Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true, description = KEY_DOC) @HeaderParam("Idempotency-Key") String key,
                                       NewClient subscription) {
        NewClient body = requireBody(subscription);
        NewAccount form = body.form(billingOf(body.billing()));
        return provision(key, caller -> provisioning.newSubscription(caller.portalId(), caller.userId(), form,
                creationKey(caller, key)));
    }

    private Response provision(String key, Function<ApiCaller, Provisioning.Provisioned> make) {
        ApiCaller caller = request.requireCaller();
        if (key == null || key.isBlank() || key.length() > MOST_KEY) {
            throw new InvalidRequest(List.of(new Problem.FieldError("Idempotency-Key", "Send a unique key of 1 to "
                    + MOST_KEY + " characters with every POST, e.g. a UUID; a retry sends the same key.")));
        }
        Provisioning.Provisioned made;
        try {
            made = make.apply(caller);
        } catch (EJBException | PersistenceException | Refusal raced) {
            // Two requests with one key at once: the first made the client, the second lost the
            // race on the key's unique index, or met the first one's client and admin as a
            // duplicate company. Either way it answers what the first made.
            made = provisioning.madeBy(caller.portalId(), creationKey(caller, key))
                    .map(id -> new Provisioning.Provisioned(id, true)).orElseThrow(() -> raced);
        }
        long clientId = made.clientId();
        Details client = details.of(caller.portalId(), caller.userId(), clientId).map(Details::of)
                .orElseThrow(() -> new NotFound("No such client account in your portal."));
        Response.ResponseBuilder answer = made.alreadyMade()
                ? Response.ok(client).header("Idempotent-Replayed", "true")
                : Response.status(Response.Status.CREATED);
        return answer.entity(client).location(uri.getBaseUriBuilder().path("clients").path(String.valueOf(clientId)).build())
                .build();
    }

    /**
     * The key as the client account stores it: the portal's, never another portal's (the column is
     * unique across portals), and never a key of the pages' forms.
     */
    static String creationKey(ApiCaller caller, String key) {
        return "api:" + Tokens.hash(caller.portalId() + ":" + key).substring(0, 60);
    }

    private static <T> T requireBody(T body) {
        if (body == null) {
            throw new InvalidRequest(List.of(new Problem.FieldError("body", "Send the fields as a JSON object.")));
        }
        return body;
    }

    static BillingPeriod billingOf(String billing) {
        return Optional.ofNullable(billing).map(text -> text.strip().toUpperCase(Locale.ROOT))
                .filter(text -> text.equals("MONTHLY") || text.equals("ANNUAL")).map(BillingPeriod::valueOf)
                .orElseThrow(() -> new InvalidRequest(List.of(new Problem.FieldError("billing", "Use monthly or annual."))));
    }
}
