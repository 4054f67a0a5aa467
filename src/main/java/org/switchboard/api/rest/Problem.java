package org.switchboard.api.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An error answer as RFC 9457 describes it ({@code application/problem+json}): a type that names
 * the kind of problem, a short title, the HTTP status, a detail meant for the developer reading
 * it, and for invalid input the fields at fault. Never a stack trace.
 */
@Schema(name = "Problem", description = "An error, as RFC 9457 (Problem Details for HTTP APIs) describes it.")
public record Problem(
        @Schema(description = "Names the kind of problem; the documentation describes each.",
                example = "urn:switchboard:problem:not-found") String type,
        @Schema(description = "The kind of problem in a few words.", example = "Not found") String title,
        @Schema(description = "The HTTP status code.", example = "404") int status,
        @Schema(description = "What went wrong with this request.", example = "No such client account in your portal.")
        String detail,
        @Schema(type = SchemaType.ARRAY, implementation = FieldError.class,
                description = "For invalid input: each field at fault and what is wrong with it.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Problem types are names, not addresses: the API help page and /openapi describe each. */
    private static final String TYPES = "urn:switchboard:problem:";

    /** One invalid field of a request: a query or path parameter, or a property of the body. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "status") String field,
                             @Schema(example = "Use one of: trial, active, past_due, cancelled, expired.") String message) {
    }

    public static Problem of(Kind kind, String detail) {
        return new Problem(TYPES + kind.slug, kind.title, kind.status, detail, null);
    }

    public static Problem invalid(List<FieldError> errors) {
        return new Problem(TYPES + Kind.INVALID.slug, Kind.INVALID.title, Kind.INVALID.status,
                "The request's parameters are not valid; see errors.", List.copyOf(errors));
    }

    public Response response() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }

    /** The kinds of problem the API answers with. */
    public enum Kind {
        INVALID("invalid-request", "Invalid request", 400),
        UNAUTHENTICATED("unauthenticated", "No valid API token", 401),
        MISSING_SCOPE("missing-scope", "Token lacks a scope", 403),
        NOT_PERMITTED("not-permitted", "Not permitted", 403),
        NOT_FOUND("not-found", "Not found", 404),
        METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
        NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
        CONFLICT("conflict", "Conflict", 409),
        UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
        RULE_BROKEN("rule-broken", "Refused by a rule", 422),
        RATE_LIMITED("rate-limited", "Too many requests", 429),
        UNEXPECTED("unexpected", "Unexpected error", 500);

        private final String slug;
        private final String title;
        private final int status;

        Kind(String slug, String title, int status) {
            this.slug = slug;
            this.title = title;
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** The kind a bare HTTP status stands for (JAX-RS's own refusals: unknown path, wrong method). */
        public static Kind ofStatus(int status) {
            for (Kind kind : values()) {
                if (kind.status == status && kind != MISSING_SCOPE) {
                    return kind;
                }
            }
            return status >= 500 ? UNEXPECTED : INVALID;
        }
    }
}
