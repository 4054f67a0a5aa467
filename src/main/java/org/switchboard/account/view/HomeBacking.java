package org.switchboard.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.switchboard.account.boundary.AccountDirectory;
import org.switchboard.platform.tenancy.AccountKind;
import org.switchboard.platform.tenancy.PersonState;
import org.switchboard.platform.tenancy.Tenant;

import java.io.IOException;

/**
 * home.xhtml: where a login lands. It sends the person on to their portal, else their client
 * account, else the operator console; a person with none of these is told so.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    Tenant tenant;

    @Inject
    AccountDirectory directory;

    public void land() throws IOException {
        var accounts = directory.accountsOf(tenant.requireUserId());
        if (accounts.stream().anyMatch(choice -> choice.account().kind() == AccountKind.PORTAL)) {
            Faces.redirect("portal/welcome.xhtml");
        } else if (accounts.stream().anyMatch(choice -> choice.account().kind() == AccountKind.CLIENT)) {
            Faces.redirect("client/dashboard.xhtml");
        } else if (tenant.person().map(PersonState::operator).orElse(false)) {
            Faces.redirect("admin/portals.xhtml");
        }
    }
}
