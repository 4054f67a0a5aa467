package org.switchboard.api.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.switchboard.account.boundary.PortalClients;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.account.control.AccountSearch;
import org.switchboard.account.control.AccountSort;
import org.switchboard.account.control.AfterRow;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.api.boundary.ApiCaller;
import org.switchboard.api.entity.ApiScope;
import org.switchboard.api.rest.ClientRepresentations.Client;
import org.switchboard.api.rest.ClientRepresentations.ClientPage;
import org.switchboard.api.rest.ClientRepresentations.Details;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.portal.boundary.ClientDetails;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The portal's client accounts, as its Accounts and details pages show them to the token's owner:
 * the same search, filters, orders and scope (PortalClients), paged by cursor rather than by page
 * number so that a partner syncing 100,000 clients neither repeats nor misses one.
 */
@Path("clients")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Client accounts", description = "The client accounts of the token's portal that its owner may see.")
public class ClientsResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MOST_LIMIT = 200;

    @Inject
    ApiRequest request;

    @Inject
    PortalClients clients;

    @Inject
    ClientDetails details;

    @GET
    @RequiresScope(ApiScope.ACCOUNTS_READ)
    @Operation(summary = "List client accounts",
            description = "The clients the token's owner may see in the portal, in pages. Searches, filters and orders "
                    + "as the Accounts page does. For the next page pass the answer's `next` as `cursor`, alone or with "
                    + "the same parameters; a cursor stays right while clients are added.")
    @APIResponse(responseCode = "200", description = "One page of clients.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (each is listed in `errors`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ClientPage listClients(
            @Parameter(description = "Part of the client's name, or the start of a client admin's e-mail.", example = "harbour")
            @QueryParam("q") String q,
            @Parameter(description = "Only clients in this status.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"trial", "active", "past_due", "cancelled", "expired"}))
            @QueryParam("status") String status,
            @Parameter(description = "Only clients on this plan (its code).", example = "growth")
            @QueryParam("plan") String plan,
            @Parameter(description = "The order; `name` by default.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"name", "plan", "status", "seats", "users", "open-jobs", "candidates", "last-activity", "created"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "`asc` (the default) or `desc`.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"asc", "desc"}))
            @QueryParam("order") String order,
            @Parameter(description = "Clients a page, 1 to 200; 50 by default.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "The `next` of the previous page.") @QueryParam("cursor") String cursor) {
        ApiCaller caller = request.requireCaller();
        List<Problem.FieldError> errors = new ArrayList<>();
        AccountSearch asked = searchOf(q, status, plan, sort, order, errors);
        int size = PageCursor.limit(limit, DEFAULT_LIMIT, MOST_LIMIT, errors);
        Optional<AfterRow> after = Optional.empty();
        AccountSearch search = asked;
        if (cursor != null && !cursor.isBlank()) {
            Optional<ClientCursor> decoded = ClientCursor.decode(cursor.strip());
            if (decoded.isEmpty()) {
                errors.add(new Problem.FieldError("cursor", "Not a cursor this API gave out; pass a page's `next` as it came."));
            } else if (!sameQuery(decoded.get().search(), q, status, plan, sort, order, asked)) {
                errors.add(new Problem.FieldError("cursor",
                        "This cursor pages another search; send it alone or with the parameters it was made with."));
            } else {
                search = decoded.get().search();
                after = Optional.of(decoded.get().after());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        AccountSearch paged = search;
        Optional<AfterRow> from = after;
        PortalClients.KeysetPage page = clients.resolve(caller.portalId(), caller.userId(), search)
                .map(criteria -> clients.after(criteria, from, size))
                .orElseThrow(() -> new NotFound("You are not a member of this portal."));
        return new ClientPage(page.rows().stream().map(Client::of).toList(),
                page.next().map(next -> new ClientCursor(paged, next).encode()).orElse(null));
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.ACCOUNTS_READ)
    @Operation(summary = "One client account", description = "The client with the figures of its details page.")
    @APIResponse(responseCode = "200", description = "The client.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Details.class)))
    @APIResponse(responseCode = "404", description = "No such client among those the token's owner may see.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Details oneClient(@Parameter(description = "The client's id.", example = "4150", required = true) @PathParam("id") String id) {
        ApiCaller caller = request.requireCaller();
        long clientId = parseId(id);
        return details.of(caller.portalId(), caller.userId(), clientId).map(Details::of)
                .orElseThrow(() -> new NotFound(PortalPermissions.NO_SUCH_CLIENT));
    }

    /** An id that is no number names no client: the same 404 as another portal's client. */
    static long parseId(String id) {
        try {
            long parsed = Long.parseLong(id);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new NotFound(PortalPermissions.NO_SUCH_CLIENT);
    }

    private static AccountSearch searchOf(String q, String status, String plan, String sort, String order,
                                          List<Problem.FieldError> errors) {
        if (q != null && q.strip().length() > AccountSearch.MAX_TEXT) {
            errors.add(new Problem.FieldError("q", "At most " + AccountSearch.MAX_TEXT + " characters."));
        }
        if (plan != null && plan.strip().length() > 64) {
            errors.add(new Problem.FieldError("plan", "A plan code has at most 64 characters."));
        }
        ClientStatus parsedStatus = ApiNames.parse(ClientStatus.class, status, "status", false, null, errors);
        AccountSort parsedSort = AccountSort.DEFAULT;
        if (sort != null && !sort.isBlank()) {
            parsedSort = AccountSort.fromUrl(sort.strip()).orElse(null);
            if (parsedSort == null) {
                errors.add(new Problem.FieldError("sort", "Use one of: " + String.join(", ",
                        Arrays.stream(AccountSort.values()).map(AccountSort::urlName).toList()) + "."));
                parsedSort = AccountSort.DEFAULT;
            }
        }
        if (order != null && !order.isBlank() && !order.strip().equals("asc") && !order.strip().equals("desc")) {
            errors.add(new Problem.FieldError("order", "Use asc or desc."));
        }
        return new AccountSearch(q, parsedStatus, plan, parsedSort, !"desc".equals(order == null ? null : order.strip()));
    }

    /** Whether the parameters sent beside a cursor, if any, are those of the cursor's search. */
    private static boolean sameQuery(AccountSearch ofCursor, String q, String status, String plan, String sort,
                                     String order, AccountSearch asked) {
        boolean anySent = Arrays.stream(new String[]{q, status, plan, sort, order}).anyMatch(p -> p != null && !p.isBlank());
        return !anySent || Objects.equals(ofCursor.text(), asked.text()) && ofCursor.status() == asked.status()
                && Objects.equals(ofCursor.plan(), asked.plan()) && ofCursor.sort() == asked.sort()
                && ofCursor.ascending() == asked.ascending();
    }
}
