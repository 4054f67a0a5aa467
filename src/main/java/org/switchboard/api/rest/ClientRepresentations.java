package org.switchboard.api.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.switchboard.account.boundary.AccountRow;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.portal.boundary.ClientDetails;

import java.time.Instant;
import java.util.List;

/** The client accounts as the API shows them: the Accounts page's columns and the details page's figures. */
public final class ClientRepresentations {

    private ClientRepresentations() {
    }

    /** A status as the API names it: trial, active, past_due, cancelled, expired. */
    public static String code(ClientStatus status) {
        return ApiNames.of(status);
    }

    @Schema(name = "Client", description = "A client account as the Accounts page lists it.")
    public record Client(
            @Schema(example = "4150") long id,
            @Schema(example = "Harbour Café") String name,
            @Schema(description = "The plan's code.", example = "growth") String plan,
            @Schema(enumeration = {"trial", "active", "past_due", "cancelled", "expired"}, example = "active") String status,
            @Schema(description = "Seats the subscription pays for.", example = "25") int seats,
            @Schema(description = "Active users of the client account.", example = "12") int users,
            @Schema(example = "3") int openJobs,
            @Schema(description = "Candidates who applied in the last 30 days.", example = "41") int recentCandidates,
            @Schema(example = "2026-12-04T09:12:00Z") Instant lastActivityAt,
            @Schema(example = "2025-03-01T10:00:00Z") Instant createdAt,
            @Schema(description = "Whether the client lets the portal's people sign in to it.") boolean partnerLogin,
            @Schema(description = "For a trial, when it ends; otherwise absent.", example = "2026-12-20T00:00:00Z")
            Instant trialEndsAt) {

        static Client of(AccountRow row) {
            return new Client(row.id(), row.name(), row.planCode(), code(row.status()), row.seats(), row.users(),
                    row.openJobs(), row.recentCandidates(), row.lastActivityAt(), row.createdAt(),
                    row.allowPartnerLogin(), row.trialEndsAt());
        }
    }

    @Schema(name = "ClientPage", description = "One page of clients, and the cursor of the next page.")
    public record ClientPage(
            @Schema(type = SchemaType.ARRAY, implementation = Client.class, description = "The page's clients, in order.")
            List<Client> data,
            @Schema(description = "Pass as ?cursor= for the next page; absent on the last page.",
                    example = "djF8bmFtZXxhc2N8fHx8aGFyYm91ciBjYWbDqXw0MTUw") String next) {
    }

    @Schema(name = "HiresInMonth")
    public record HiresInMonth(@Schema(example = "2026-11") String month, @Schema(example = "2") long hires) {
    }

    @Schema(name = "ClientFigures", description = "The figures of the client's details page.")
    public record Figures(
            @Schema(description = "Candidates in the client's workspace.", example = "310") long candidates,
            @Schema(description = "Candidates hired, ever.", example = "27") long hires,
            @Schema(type = SchemaType.ARRAY, implementation = HiresInMonth.class,
                    description = "Hires in each of the last 12 months, oldest first.") List<HiresInMonth> hiresByMonth) {
    }

    @Schema(name = "ClientDetails", description = "One client account with its figures.")
    public record Details(Client client, Figures figures) {

        static Details of(ClientDetails.Details details) {
            ClientDetails.Figures figures = details.figures();
            return new Details(Client.of(details.account()), new Figures(figures.candidates(), figures.hires(),
                    figures.hiresByMonth().entrySet().stream()
                            .map(month -> new HiresInMonth(month.getKey().toString(), month.getValue())).toList()));
        }
    }
}
