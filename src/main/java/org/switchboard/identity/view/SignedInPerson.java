package org.switchboard.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.omnifaces.util.Faces;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.platform.tenancy.EndReason;
import org.switchboard.platform.tenancy.PersonState;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.platform.tenancy.VisitEnding;

import java.io.IOException;
import java.util.Optional;

/** The person in the top bar, and signing out. */
@Named
@RequestScoped
public class SignedInPerson {

    @Inject
    Tenant tenant;

    @Inject
    AuditLog audit;

    @Inject
    Event<VisitEnding> visitEnding;

    /** Read once per request by the AccessFilter; not looked up again. */
    private Optional<PersonState> person() {
        return tenant.person();
    }

    public boolean isPresent() {
        return person().isPresent();
    }

    public String getDisplayName() {
        return person().map(PersonState::displayName).orElse("");
    }

    public String getEmail() {
        return person().map(PersonState::email).orElse("");
    }

    public boolean isOperator() {
        return person().map(PersonState::operator).orElse(false);
    }

    /** Ends the login, any partner visit and the session; a POST, so no link or image can sign anyone out. */
    public void logout() throws IOException, ServletException {
        tenant.visit().ifPresent(visit ->
                visitEnding.fire(new VisitEnding(visit.accessSessionId(), visit.realUserId(), EndReason.LOGOUT)));
        tenant.person().ifPresent(person -> audit.record(AuditEvent.of(AuditType.LOGOUT).actor(person.userId())));
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("login.xhtml?loggedOut=true");
    }
}
