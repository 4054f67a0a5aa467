package org.switchboard.api.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.api.boundary.ApiCaller;
import org.switchboard.api.entity.ApiScope;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.portal.boundary.PersonForm;
import org.switchboard.portal.boundary.PortalLeavers;
import org.switchboard.portal.boundary.PortalPeople;
import org.switchboard.portal.boundary.PortalPerson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The portal's people, as Setup shows and changes them, for the portal's admins: list, invite
 * (an invitation link by e-mail; a temporary password is never sent over the API), deactivate.
 * The same PortalPeople and PortalLeavers services, rules and audit as Setup.
 */
@Path("people")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "People", description = "The portal's own people (portal admins and partner users).")
public class PeopleResource {

    @Inject
    ApiRequest request;

    @Inject
    PortalPeople people;

    @Inject
    PortalLeavers leavers;

    @Context
    UriInfo uri;

    @Schema(name = "Person", description = "One of the portal's people.")
    public record Person(
            @Schema(description = "The membership's id: what deactivate names.", example = "310") long id,
            @Schema(example = "Pat Lee") String name,
            @Schema(example = "pat.lee@northwind.example") String email,
            @Schema(enumeration = {"portal_admin", "partner_user"}) String role,
            @Schema(enumeration = {"all", "assigned"}, description = "Which of the portal's clients they reach.") String clients,
            @Schema(description = "How many clients are assigned, when clients is assigned.") int assignedClients,
            @Schema(description = "Kept out of client Settings.") boolean restricted,
            @Schema(enumeration = {"active", "deactivated", "invited"}) String status,
            Instant lastLoginAt) {

        static Person of(PortalPerson person) {
            return new Person(person.membershipId(), person.name(), person.email(), ApiNames.of(person.role()),
                    ApiNames.of(person.scope()), person.assignedClients(), person.restricted(),
                    person.active() ? "active" : person.awaitingAcceptance() ? "invited" : "deactivated", person.lastLoginAt());
        }
    }

    @Schema(name = "PersonList")
    public record PersonList(@Schema(type = SchemaType.ARRAY, implementation = Person.class) List<Person> data) {
    }

    @Schema(name = "Invitation", description = "Someone to invite: they get an e-mail with a link to join.")
    public record Invitation(
            @Schema(required = true, maxLength = 254, example = "new.partner@northwind.example") String email,
            @Schema(required = true, maxLength = 100, example = "Noor") String firstName,
            @Schema(required = true, maxLength = 100, example = "Visser") String lastName,
            @Schema(required = true, enumeration = {"portal_admin", "partner_user"}) String role,
            @Schema(enumeration = {"all", "assigned"}, description = "All clients unless assigned is given.") String clients,
            @Schema(type = SchemaType.ARRAY, implementation = Long.class, description = "With clients = assigned: the clients' ids.")
            List<Long> assignedClientIds,
            @Schema(description = "Keep them out of client Settings.") boolean restricted) {
    }

    @GET
    @RequiresScope(ApiScope.PEOPLE_READ)
    @Operation(summary = "List the portal's people", description = "For tokens of the portal's admins.")
    @APIResponse(responseCode = "200", description = "The portal's people, active first.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonList.class)))
    public PersonList listPeople() {
        ApiCaller caller = request.requireCaller();
        return new PersonList(people.people(caller.portalId(), caller.userId()).stream().map(Person::of).toList());
    }

    @POST
    @RequiresScope(ApiScope.PEOPLE_WRITE)
    @Operation(summary = "Invite someone to the portal", description = "They are e-mailed a link (or, with a login "
            + "already, asked to join) and appear as invited until they accept.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Invitation.class)))
    @APIResponse(responseCode = "201", description = "Invited.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Person.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Refused by a rule (already one of the portal's people).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response invite(Invitation invitation) {
        ApiCaller caller = request.requireCaller();
        if (invitation == null) {
            throw new InvalidRequest(List.of(new Problem.FieldError("body", "Send the invitation as a JSON object.")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        PortalRole role = ApiNames.parse(PortalRole.class, invitation.role(), "role", true, null, errors);
        ClientScope scope = ApiNames.parse(ClientScope.class, invitation.clients(), "clients", false, ClientScope.ALL, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        PersonForm form = new PersonForm(invitation.email(), invitation.firstName(), invitation.lastName(), role,
                invitation.restricted(), true, scope, invitation.assignedClientIds() == null ? List.of()
                : invitation.assignedClientIds(), true, null, false, false);
        long membershipId = people.add(caller.portalId(), caller.userId(), form).membershipId();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(membershipId)).build())
                .entity(find(caller, membershipId)).build();
    }

    @POST
    @Path("{id}/deactivate")
    @RequiresScope(ApiScope.PEOPLE_WRITE)
    @Operation(summary = "Deactivate one of the portal's people", description = "At once: their visits to clients end "
            + "and every way they had into the portal's clients closes; their own API tokens stop working.")
    @APIResponse(responseCode = "200", description = "Deactivated.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Person.class)))
    @APIResponse(responseCode = "404", description = "No such person in the portal.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Person deactivate(@Parameter(required = true, example = "310") @PathParam("id") String id) {
        ApiCaller caller = request.requireCaller();
        long membershipId = ClientsResource.parseId(id);
        leavers.deactivate(caller.portalId(), caller.userId(), membershipId);
        return find(caller, membershipId);
    }

    private Person find(ApiCaller caller, long membershipId) {
        return people.people(caller.portalId(), caller.userId()).stream().filter(p -> p.membershipId() == membershipId)
                .findFirst().map(Person::of).orElseThrow(() -> new NotFound("No such person in your portal."));
    }

}
