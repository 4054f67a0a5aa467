package org.switchboard.api.boundary;

import org.switchboard.api.entity.ApiScope;

import java.util.Set;

/**
 * Who an API request acts for: the token, the portal it belongs to and its owner, whose rights in
 * the portal apply to every call, narrowed to the token's scopes. With the rate-limit figures of
 * the token's current minute, for the response headers.
 */
public record ApiCaller(long tokenId, long portalId, long userId, Set<ApiScope> scopes, int limit, int remaining,
                        long secondsToReset) {

    public ApiCaller {
        scopes = Set.copyOf(scopes);
    }

    public boolean may(ApiScope scope) {
        return scopes.contains(scope);
    }
}
