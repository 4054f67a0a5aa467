package org.switchboard.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.platform.tenancy.AccountKind;
import org.switchboard.platform.tenancy.Tenant;

/**
 * Which area the page belongs to, for the top navigation. Items are shown only to those who may
 * use them; the pages themselves check again on the server.
 */
@Named
@RequestScoped
public class TopNavigation {

    @Inject
    Tenant tenant;

    public boolean isInPortal() {
        return tenant.account().map(account -> account.kind() == AccountKind.PORTAL).orElse(false);
    }

    public boolean isInClient() {
        return tenant.account().map(account -> account.kind() == AccountKind.CLIENT).orElse(false);
    }
}
