package org.switchboard.identity.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.switchboard.identity.boundary.LoginDesk;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;

import java.io.Serializable;
import java.util.List;

/** admin/people.xhtml?q=…: operators find a login by its e-mail address and sign it out everywhere. */
@Named
@ViewScoped
public class LoginDeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LoginDesk desk;

    @Inject
    Tenant tenant;

    private String query;
    private List<LoginDesk.LoginRow> logins = List.of();

    /** On opening the page with ?q=, and on every search. */
    public void search() {
        logins = desk.find(query);
    }

    public void signOutEverywhere(LoginDesk.LoginRow login) {
        if (Feedback.attempt("sign out login " + login.userId() + " everywhere",
                () -> desk.signOutEverywhere(login.userId(), tenant.requireRealUserId()))) {
            Messages.addGlobalInfo(login.email() + " is signed out everywhere: each of its sessions ends at its next request.");
            search();
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<LoginDesk.LoginRow> getLogins() {
        return logins;
    }
}
