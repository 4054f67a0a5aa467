package org.switchboard.portal.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.portal.boundary.PersonForm;
import org.switchboard.portal.boundary.PortalPeople;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** portal/setup.xhtml's Add user dialog: a new person of the portal, with a temporary password or an invitation. */
@Named
@ViewScoped
public class AddPortalUserBacking extends PersonAccessForm {

    private static final long serialVersionUID = 1L;

    @Inject
    SetupBacking setup;

    private String email;
    private String firstName;
    private String lastName;
    private boolean active = true;
    private String access = "INVITE";
    private String temporaryPassword;
    private boolean mustChangePassword = true;
    private boolean sendWelcome = true;

    public void startAdd() {
        email = null;
        firstName = null;
        lastName = null;
        fill(PortalRole.PARTNER_USER, false, ClientScope.ALL, List.of());
        active = true;
        access = "INVITE";
        temporaryPassword = null;
        mustChangePassword = true;
        sendWelcome = true;
        PrimeFaces.current().executeScript("PF('addUser').show()");
    }

    public void add() {
        PersonForm form = new PersonForm(email, firstName, lastName, getRole(), isRestricted(), active, getScope(),
                assignedIds(), "INVITE".equals(access), temporaryPassword, mustChangePassword, sendWelcome);
        AtomicReference<PortalPeople.Added> added = new AtomicReference<>();
        if (Feedback.attempt("add a person to portal " + tenant.requirePortalId(),
                () -> added.set(people.add(tenant.requirePortalId(), tenant.requireRealUserId(), form)))) {
            Messages.addGlobalInfo(added.get().invited() ? "Invitation sent to " + email
                    + " (valid 7 days); they join when they accept it. If it does not arrive, check the address and use Resend."
                    : email + " can now sign in with the temporary password.");
            PrimeFaces.current().executeScript("PF('addUser').hide()");
            setup.load();
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getAccess() {
        return access;
    }

    public void setAccess(String access) {
        this.access = access;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public boolean isSendWelcome() {
        return sendWelcome;
    }

    public void setSendWelcome(boolean sendWelcome) {
        this.sendWelcome = sendWelcome;
    }
}
