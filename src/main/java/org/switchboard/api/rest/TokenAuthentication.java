package org.switchboard.api.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.switchboard.api.boundary.ApiCaller;
import org.switchboard.api.boundary.ApiTokens;
import org.switchboard.api.boundary.TokenCheck;

import java.util.logging.Logger;

/**
 * Every API request's door: a bearer token ({@code Authorization: Bearer swb_…}) that ApiTokens
 * accepts, counted against its requests a minute, with the scope the operation names. The session
 * cookie of a signed-in browser opens nothing here, so another site cannot make a visitor's
 * browser call the API. The answers tell 401 (no usable token), 403 (a scope missing) and 429
 * (over the limit, with Retry-After) apart; every answer carries the token's rate-limit figures.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenAuthentication implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(TokenAuthentication.class.getName());
    private static final String BEARER = "Bearer ";

    @Inject
    ApiTokens tokens;

    @Inject
    ApiRequest request;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext context) {
        RequiresScope needed = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RequiresScope.class);
        if (needed == null) {
            LOG.severe("API operation without @RequiresScope refused: " + resource.getResourceMethod());
            context.abortWith(Problem.of(Problem.Kind.NOT_FOUND, "No such operation.").response());
            return;
        }
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            context.abortWith(unauthenticated("Send an API token: Authorization: Bearer swb_…"));
            return;
        }
        TokenCheck check = tokens.check(header.substring(BEARER.length()).strip(), http.getRemoteAddr());
        if (check instanceof TokenCheck.Rejected rejected) {
            LOG.info(() -> "API token refused (" + rejected.reason() + ") from " + http.getRemoteAddr());
            context.abortWith(unauthenticated("The token is unknown, expired or revoked, or its owner left the portal."));
        } else if (check instanceof TokenCheck.Limited limited) {
            context.abortWith(Response.fromResponse(Problem.of(Problem.Kind.RATE_LIMITED, "This token may make "
                            + limited.limit() + " requests a minute; try again in " + limited.retryAfterSeconds() + " s.")
                            .response())
                    .header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds())
                    .header("RateLimit-Limit", limited.limit())
                    .header("RateLimit-Remaining", 0)
                    .header("RateLimit-Reset", limited.retryAfterSeconds())
                    .build());
        } else if (check instanceof TokenCheck.Allowed allowed) {
            ApiCaller caller = allowed.caller();
            request.authenticated(caller);
            if (!caller.may(needed.value())) {
                context.abortWith(Problem.of(Problem.Kind.MISSING_SCOPE,
                        "This operation needs a token with the scope " + needed.value().code() + ".").response());
            }
        }
    }

    private static Response unauthenticated(String detail) {
        return Response.fromResponse(Problem.of(Problem.Kind.UNAUTHENTICATED, detail).response())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"switchboard\"").build();
    }

    /** The token's figures for this minute on every answer it got, so a client can pace itself. */
    @Override
    public void filter(ContainerRequestContext context, ContainerResponseContext response) {
        request.caller().ifPresent(caller -> {
            response.getHeaders().putSingle("RateLimit-Limit", caller.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", caller.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", caller.secondsToReset());
        });
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
