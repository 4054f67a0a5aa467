package org.switchboard.api.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.switchboard.access.boundary.AccessHistory;
import org.switchboard.access.boundary.AccessRecord;
import org.switchboard.access.boundary.HistoryScope;
import org.switchboard.access.entity.AccessMode;
import org.switchboard.api.boundary.ApiCaller;
import org.switchboard.api.entity.ApiScope;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The partner visits into client accounts, as the portal's Access history page (every visit by the
 * portal's people, for its admins) and a client's details page (the visits to that client, for
 * anyone with it in scope) show them: the same AccessHistory service and who-may-see rules, paged
 * newest first by cursor.
 */
@Path("access-history")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Access history", description = "Who of the portal signed in to which client account, as whom, when and why.")
public class AccessHistoryResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MOST_LIMIT = 100;
    private static final String LIST = "visits";

    @Inject
    ApiRequest request;

    @Inject
    AccessHistory history;

    @Schema(name = "VisitPerson", description = "A person as the history names them.")
    public record Person(@Schema(example = "Sam North") String name, @Schema(example = "sam.north@northwind.example") String email) {
    }

    @Schema(name = "VisitChange", description = "One thing done during a visit.")
    public record Change(@Schema(example = "2026-12-04T09:14:00Z") Instant occurredAt,
                         @Schema(example = "Closed the job Barista") String summary) {
    }

    @Schema(name = "Visit", description = "One partner visit into a client account (Sign in as Me or as User).")
    public record Visit(
            @Schema(example = "7100") long id,
            @Schema(example = "2026-12-04T09:12:00Z") Instant startedAt,
            @Schema(description = "Absent while the visit goes on.", example = "2026-12-04T09:30:00Z") Instant endedAt,
            @Schema(description = "How it ended; absent while it goes on.", enumeration = {"back_to_portal", "logout", "idle",
                    "time_limit", "switched_account", "superseded", "access_revoked", "deactivated"}) String ending,
            @Schema(description = "The portal's person who visited.") Person partner,
            @Schema(example = "4150") long clientId,
            @Schema(example = "Harbour Café") String clientName,
            @Schema(description = "as_self: as themselves; as_user: as one of the client's users.",
                    enumeration = {"as_self", "as_user"}) String mode,
            @Schema(description = "The client user they acted as; absent for as_self.") Person actingAs,
            @Schema(description = "The reason given, for a visit as a user.", example = "Payroll question from Alex") String reason,
            @Schema(description = "The address the visit came from.", example = "203.0.113.7") String sourceAddress,
            @Schema(description = "How many changes were made during the visit.", example = "12") long changeCount,
            @Schema(type = SchemaType.ARRAY, implementation = Change.class,
                    description = "The first five changes, in the order they were made.") List<Change> firstChanges) {

        static Visit of(AccessRecord record) {
            return new Visit(record.id(), record.startedAt(), record.endedAt(),
                    record.endReason() == null ? null : ApiNames.of(record.endReason()),
                    new Person(record.realName(), record.realEmail()), record.clientId(), record.clientName(),
                    ApiNames.of(record.mode()),
                    record.mode() == AccessMode.AS_USER ? new Person(record.actingName(), record.actingEmail()) : null,
                    record.reason(), record.sourceAddress(), record.changeCount(),
                    record.changes().stream().map(change -> new Change(change.occurredAt(), change.summary())).toList());
        }
    }

    @Schema(name = "VisitPage", description = "One page of visits, newest first, and the cursor of the next page.")
    public record VisitPage(
            @Schema(type = SchemaType.ARRAY, implementation = Visit.class, description = "The page's visits, newest first.")
            List<Visit> data,
            @Schema(description = "Pass as ?cursor= for the next page; absent on the last page.") String next) {
    }

    @GET
    @RequiresScope(ApiScope.ACCESS_READ)
    @Operation(summary = "List partner visits", description = "Without `client`: every visit the portal's people made "
            + "into its clients, as the Access history page shows them to the portal's admins. With `client`: the "
            + "portal's visits to that client, as its details page shows them to anyone with the client in scope.")
    @APIResponse(responseCode = "200", description = "One page of visits.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (each is listed in `errors`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The whole portal's history is for the tokens of its admins "
            + "(`not-permitted`), or the token lacks access:read (`missing-scope`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such client among those the token's owner may see.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public VisitPage listVisits(
            @Parameter(description = "Only the visits to this client (its id).", example = "4150") @QueryParam("client") String client,
            @Parameter(description = "Visits a page, 1 to 100; 50 by default.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "100", defaultValue = "50")) @QueryParam("limit") String limit,
            @Parameter(description = "The `next` of the previous page, alone or with the same client.")
            @QueryParam("cursor") String cursor) {
        ApiCaller caller = request.requireCaller();
        List<Problem.FieldError> errors = new ArrayList<>();
        Long clientId = null;
        if (client != null && !client.isBlank()) {
            clientId = ClientsResource.parseId(client.strip());
        }
        int size = PageCursor.limit(limit, DEFAULT_LIMIT, MOST_LIMIT, errors);
        AccessHistory.After after = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> parts = PageCursor.decode(LIST, 3, cursor).filter(AccessHistoryResource::wellFormed).orElse(null);
            if (parts == null) {
                errors.add(PageCursor.notOurs());
            } else {
                Long ofCursor = parts.get(0) == null ? null : Long.valueOf(parts.get(0));
                if (clientId != null && !Objects.equals(ofCursor, clientId)) {
                    errors.add(PageCursor.otherQuery());
                } else {
                    clientId = ofCursor;
                    after = new AccessHistory.After(Instant.parse(parts.get(1)), Long.parseLong(parts.get(2)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        HistoryScope scope = clientId == null ? HistoryScope.ofPortal(caller.portalId())
                : HistoryScope.ofPortalClient(caller.portalId(), clientId);
        Slice<AccessRecord> page = Slice.of(history.visitsAfter(scope, caller.userId(), after, size + 1), size);
        String ofClient = clientId == null ? null : clientId.toString();
        return new VisitPage(page.map(Visit::of), page.next(last -> PageCursor.encode(LIST, ofClient,
                last.startedAt().toString(), Long.toString(last.id()))));
    }

    private static boolean wellFormed(List<String> parts) {
        if (parts.get(1) == null || parts.get(2) == null) {
            return false;
        }
        try {
            if (parts.get(0) != null) {
                Long.parseLong(parts.get(0));
            }
            Instant.parse(parts.get(1));
            Long.parseLong(parts.get(2));
            return true;
        } catch (DateTimeParseException | NumberFormatException malformed) {
            return false;
        }
    }
}
