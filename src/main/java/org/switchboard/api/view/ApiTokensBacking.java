package org.switchboard.api.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.switchboard.api.boundary.ApiTokens;
import org.switchboard.api.boundary.ApiTokens.TokenRow;
import org.switchboard.api.entity.ApiScope;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Setup's API tokens: the portal's tokens with when and where each was last used, a dialog that
 * makes one and shows its secret once, and Revoke. Only the portal's admins reach Setup, and
 * ApiTokens checks that again for every call.
 */
@Named
@ViewScoped
public class ApiTokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A new token's expiry, unless the admin picks another. */
    static final int DEFAULT_DAYS = 90;

    @Inject
    ApiTokens tokens;

    @Inject
    Tenant tenant;

    private List<TokenRow> rows;
    private String name;
    private ApiScope[] scopes = {};
    private LocalDate lastDay;
    /** The secret of the token just made, shown once in the dialog and then forgotten. */
    private String secret;

    @PostConstruct
    public void load() {
        rows = tokens.ofPortal(tenant.requirePortalId(), tenant.requireRealUserId());
    }

    public void startNew() {
        name = null;
        scopes = new ApiScope[]{ApiScope.ACCOUNTS_READ};
        lastDay = today().plusDays(DEFAULT_DAYS);
        secret = null;
    }

    public void create() {
        Set<ApiScope> chosen = scopes == null || scopes.length == 0 ? Set.of() : EnumSet.copyOf(List.of(scopes));
        String[] made = new String[1];
        if (Feedback.attempt("create API token", () -> made[0] = tokens.create(tenant.requirePortalId(),
                tenant.requireRealUserId(), name, chosen, lastDay).secret())) {
            secret = made[0];
            load();
        }
    }

    /** Closes the dialog; the secret is not kept. */
    public void done() {
        secret = null;
        PrimeFaces.current().executeScript("PF('newToken').hide()");
    }

    public void revoke(long tokenId) {
        if (Feedback.attempt("revoke API token " + tokenId,
                () -> tokens.revoke(tenant.requirePortalId(), tenant.requireRealUserId(), tokenId))) {
            Messages.addGlobalInfo("Token revoked: it stops working now.");
        }
        load();
    }

    private LocalDate today() {
        return tokens.today();
    }

    public LocalDate getToday() {
        return today();
    }

    public LocalDate getLatestDay() {
        return today().plusDays(ApiTokens.MOST_DAYS);
    }

    public ApiScope[] getScopeChoices() {
        return ApiScope.values();
    }

    public List<TokenRow> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ApiScope[] getScopes() {
        return scopes;
    }

    public void setScopes(ApiScope[] scopes) {
        this.scopes = scopes;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getSecret() {
        return secret;
    }
}
