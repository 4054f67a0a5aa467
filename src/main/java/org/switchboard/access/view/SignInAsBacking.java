package org.switchboard.access.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;
import org.switchboard.access.boundary.PartnerAccess;
import org.switchboard.access.boundary.SignInChoice;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.CurrentAccount;
import org.switchboard.platform.tenancy.Pages;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.platform.tenancy.VisitTicket;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The Sign in as Me and Sign in as User actions of the Accounts and client details pages. Both are
 * POSTs; the services check everything again, and a new visit gets a new session id.
 */
@Named("signInAs")
@ViewScoped
public class SignInAsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignInAsBacking.class.getName());
    private static final Pattern PORTAL_PAGE = Pattern.compile("(accounts|account)\\.xhtml(\\?[\\w=&%+.\\-]*)?");

    @Inject
    PartnerAccess access;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Tenant tenant;

    @Inject
    AuditLog audit;

    private long clientId;
    private String clientName;
    private String returnTo;
    private List<SignInChoice> choices = List.of();
    private Long userId;
    private String reason;

    public void asSelf(long clientId, String fromPage) throws IOException {
        AtomicReference<VisitTicket> ticket = new AtomicReference<>();
        if (Feedback.attempt("sign in as me to client " + clientId, () -> ticket.set(access.startAsSelf(
                tenant.requirePortalId(), tenant.requireRealUserId(), clientId, currentAccount.visit(),
                returnPage(fromPage))))) {
            enter(ticket.get());
        }
    }

    /** Opens the picker for one client: its users, each allowed or with the reason not. */
    public void pick(long clientId, String clientName, String fromPage) {
        this.clientId = clientId;
        this.clientName = clientName;
        this.returnTo = returnPage(fromPage);
        this.choices = access.usersToSignInAs(tenant.requirePortalId(), tenant.requireRealUserId(), clientId);
        this.userId = null;
        this.reason = null;
        PrimeFaces.current().executeScript("PF('signInAsUser').show()");
    }

    public void asUser() throws IOException {
        if (userId == null) {
            org.omnifaces.util.Messages.addError("signInAsUserForm:user", "Choose the user to sign in as.");
            return;
        }
        long target = userId;
        AtomicReference<VisitTicket> ticket = new AtomicReference<>();
        if (Feedback.attempt("sign in as user " + target + " to client " + clientId, () -> ticket.set(access.startAsUser(
                tenant.requirePortalId(), tenant.requireRealUserId(), clientId, target, reason, currentAccount.visit(),
                returnTo)))) {
            enter(ticket.get());
        }
    }

    /**
     * Only a user the picker offered may be posted. Anything else is a tampered form: it is refused
     * with a message and audited, before any service sees it.
     */
    public void checkOffered(FacesContext context, UIComponent component, Object value) {
        if (value instanceof Long id && choices.stream().noneMatch(choice -> choice.userId() == id)) {
            LOG.warning(() -> "User " + tenant.requireRealUserId() + " posted user " + id + " for client " + clientId
                    + ", which the picker did not offer");
            audit.recordAlways(AuditEvent.of(AuditType.ACCESS_REFUSED).actor(tenant.requireRealUserId())
                    .portal(tenant.requirePortalId()).client(clientId)
                    .detail("Sign in as user: user " + id + " was not offered by the picker"));
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "That user cannot be chosen.", null));
        }
    }

    private void enter(VisitTicket ticket) throws IOException {
        currentAccount.enter(ticket);
        Faces.getRequest().changeSessionId();
        Faces.redirect(Faces.getRequestContextPath() + "/client/dashboard.xhtml");
    }

    /** The portal page to come back to: only the Accounts or details page, with its own view state. */
    static String returnPage(String fromPage) {
        return fromPage != null && PORTAL_PAGE.matcher(fromPage).matches() ? "/portal/" + fromPage : Pages.ACCOUNTS_PAGE;
    }

    public String getClientName() {
        return clientName;
    }

    public List<SignInChoice> getChoices() {
        return choices;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
