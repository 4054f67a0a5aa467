package org.switchboard.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.switchboard.identity.boundary.AccountDirectory;
import org.switchboard.platform.tenancy.AccountKind;
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

    @Inject
    SignedInPerson person;

    public void land() throws IOException {
        long userId = tenant.requireUserId();
        if (directory.firstAccount(userId, AccountKind.PORTAL).isPresent()) {
            Faces.redirect("portal/welcome.xhtml");
        } else if (directory.firstAccount(userId, AccountKind.CLIENT).isPresent()) {
            Faces.redirect("client/dashboard.xhtml");
        } else if (person.isOperator()) {
            Faces.redirect("admin/portals.xhtml");
        }
    }
}
