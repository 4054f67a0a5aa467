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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.switchboard.platform.kernel.Refusal;
import org.switchboard.referral.boundary.ReferralForm;
import org.switchboard.referral.boundary.Referrals;
import org.switchboard.referral.entity.Referral;

import java.time.Instant;
import java.util.List;

/**
 * The Actions menu's Submit a referral, for a partner's own lead forms: the same Referrals
 * service, conflict check, audit and wording as the Referrals page. Each POST carries an
 * {@code Idempotency-Key}, as provisioning does: a retried request answers the referral the first
 * one submitted instead of passing the lead on twice.
 */
@Path("referrals")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Referrals", description = "Leads the portal passes on to the vendor (provisioning:write).")
public class ReferralsResource {

    @Inject
    ApiRequest request;

    @Inject
    Referrals referrals;

    @Schema(name = "NewReferral", description = "A lead: a company, whom to contact there, and anything the team should know.")
    public record NewReferral(
            @Schema(required = true, maxLength = 200, example = "Lighthouse Bakery") String company,
            @Schema(required = true, maxLength = 200, example = "Lena Licht") String contactName,
            @Schema(required = true, maxLength = 254, example = "lena@lighthouse-bakery.example") String contactEmail,
            @Schema(maxLength = 2000, example = "Three shops, wants to hire before spring.") String notes) {
    }

    @Schema(name = "Referral", description = "A submitted referral.")
    public record SubmittedReferral(
            @Schema(example = "950") long id,
            @Schema(example = "Lighthouse Bakery") String company,
            @Schema(example = "Lena Licht") String contactName,
            @Schema(example = "lena@lighthouse-bakery.example") String contactEmail,
            String notes,
            @Schema(enumeration = {"submitted", "qualified", "won", "lost"}, example = "submitted") String status,
            @Schema(example = "2026-12-04T09:12:00Z") Instant submittedAt,
            @Schema(description = "Set when the team checks the referral against earlier ones and existing clients.",
                    example = "Our team checks this referral against earlier ones and existing clients.") String note) {

        static SubmittedReferral of(Referral referral) {
            return new SubmittedReferral(referral.getId(), referral.getCompany(), referral.getContactName(),
                    referral.getContactEmail(), referral.getNotes(), ApiNames.of(referral.getStatus()),
                    referral.getSubmittedAt(), referral.getConflictForPartner());
        }
    }

    @POST
    @RequiresScope(ApiScope.PROVISIONING_WRITE)
    @Operation(summary = "Submit a referral", description = "Passes a lead to the vendor's team, as the Referrals page "
            + "does. A company that is a client already, or that another partner referred first, is submitted too and "
            + "flagged for the team (the answer's `note` says so, never whose).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewReferral.class)))
    @APIResponse(responseCode = "201", description = "Submitted.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmittedReferral.class)))
    @APIResponse(responseCode = "200", description = "An earlier request with this Idempotency-Key submitted it; "
            + "Idempotent-Replayed: true.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmittedReferral.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (each listed) or no Idempotency-Key.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Refused by a rule; nothing was submitted.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response submitReferral(@Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "A key of your own, unique per referral (a UUID, say), sent again unchanged when the request is "
                    + "retried: the retry answers the referral the first request submitted.")
                                   @HeaderParam("Idempotency-Key") String key, NewReferral referral) {
        ApiCaller caller = request.requireCaller();
        if (key == null || key.isBlank() || key.length() > ProvisioningResource.MOST_KEY) {
            throw new InvalidRequest(List.of(new Problem.FieldError("Idempotency-Key", "Send a unique key of 1 to "
                    + ProvisioningResource.MOST_KEY + " characters with every POST, e.g. a UUID; a retry sends the same key.")));
        }
        if (referral == null) {
            throw new InvalidRequest(List.of(new Problem.FieldError("body", "Send the referral as a JSON object.")));
        }
        String creationKey = ProvisioningResource.creationKey(caller, key);
        ReferralForm form = new ReferralForm(referral.company(), referral.contactName(), referral.contactEmail(),
                referral.notes());
        Referrals.Submitted submitted;
        try {
            submitted = referrals.submit(caller.portalId(), caller.userId(), form, creationKey);
        } catch (EJBException | PersistenceException | Refusal raced) {
            // Two requests with one key at once: the second lost the race on the key's unique index,
            // and answers what the first submitted; any other failure stands.
            submitted = referrals.submittedBy(caller.portalId(), caller.userId(), creationKey)
                    .map(made -> new Referrals.Submitted(made, true)).orElseThrow(() -> raced);
        }
        SubmittedReferral body = SubmittedReferral.of(submitted.referral());
        return submitted.alreadySubmitted() ? Response.ok(body).header("Idempotent-Replayed", "true").build()
                : Response.status(Response.Status.CREATED).entity(body).build();
    }
}
