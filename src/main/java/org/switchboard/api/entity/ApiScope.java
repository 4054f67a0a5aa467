package org.switchboard.api.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a token may be used for, on top of its owner's rights in the portal. A scope is offered only
 * once the API has operations that need it, so no token carries a right to nothing.
 */
public enum ApiScope {
    ACCOUNTS_READ("accounts:read", "Read client accounts: the list, search and each client's details"),
    PROVISIONING_WRITE("provisioning:write", "Make client accounts: start trials and new subscriptions"),
    SUBSCRIPTIONS_WRITE("subscriptions:write", "Change subscriptions: convert trials, upgrade, downgrade, cancel"),
    PEOPLE_READ("people:read", "List the portal's people (its admins only)"),
    PEOPLE_WRITE("people:write", "Invite people to the portal and deactivate them (its admins only)"),
    EARNINGS_READ("earnings:read", "Read the portal's sales, earnings, payouts and payout statements (channel partners)"),
    ACCESS_READ("access:read", "Read the history of partner visits into client accounts"),
    WEBHOOKS_WRITE("webhooks:write", "Manage the portal's webhook endpoints and read their deliveries (its admins only)");

    private final String code;
    private final String description;

    ApiScope(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The scope as tokens and the API documentation name it. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static Optional<ApiScope> ofCode(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
    }

    /** The stored form: codes separated by spaces, as in OAuth's scope parameter. */
    public static String join(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::code).collect(Collectors.joining(" "));
    }

    /** The scopes of a stored list; a code this version does not know grants nothing. */
    public static Set<ApiScope> split(String codes) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String code : codes.trim().split("\\s+")) {
            ofCode(code).ifPresent(scopes::add);
        }
        return scopes;
    }
}
