package org.switchboard.api.boundary;

/**
 * The answer to an API request's token: let it through as a caller, refuse it (no such token, or
 * one that no longer works), or hold it back because its minute's requests are used up.
 */
public sealed interface TokenCheck {

    /** The token works: the request acts for this caller. */
    record Allowed(ApiCaller caller) implements TokenCheck {
    }

    /** No usable token; {@code reason} says which, for the log and the problem's detail. */
    record Rejected(String reason) implements TokenCheck {
    }

    /** Over the token's requests a minute; it may try again after this many seconds. */
    record Limited(int limit, long retryAfterSeconds) implements TokenCheck {
    }
}
