package org.switchboard.portal.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.switchboard.account.boundary.ClientChoice;
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.invitation.boundary.Invitations;
import org.switchboard.invitation.entity.Invitation;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.portal.boundary.LeaverReport;
import org.switchboard.portal.boundary.PersonForm;
import org.switchboard.portal.boundary.PortalPeople;
import org.switchboard.portal.boundary.PortalPerson;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** portal/setup.xhtml: the portal's people, for its admins: add, edit, invite, deactivate, remove, leaver report. */
@Named
@ViewScoped
public class SetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalPeople people;

    @Inject
    Invitations invitations;

    @Inject
    Tenant tenant;

    private List<PortalPerson> persons;
    private List<PendingInvitation> pending;

    // The Add user form.
    private String email;
    private String firstName;
    private String lastName;
    private PortalRole role = PortalRole.PARTNER_USER;
    private boolean restricted;
    private boolean active = true;
    private ClientScope scope = ClientScope.ALL;
    private List<ClientChoice> assigned = new ArrayList<>();
    private String access = "INVITE";
    private String temporaryPassword;
    private boolean mustChangePassword = true;
    private boolean sendWelcome = true;

    // The Edit form.
    private Long editing;
    private String editingName;
    private LeaverReport report;

    /** An invitation that can still be accepted, as the list shows it. */
    public record PendingInvitation(long id, String email, java.time.Instant sentAt, java.time.Instant expiresAt)
            implements Serializable {
    }

    @PostConstruct
    void load() {
        long portal = tenant.requirePortalId();
        long admin = tenant.requireRealUserId();
        persons = people.people(portal, admin);
        pending = invitations.pendingOfPortal(portal).stream()
                .map(i -> new PendingInvitation(i.getId(), i.getEmail(), i.getCreatedAt(), i.getExpiresAt())).toList();
    }

    public void startAdd() {
        email = null;
        firstName = null;
        lastName = null;
        role = PortalRole.PARTNER_USER;
        restricted = false;
        active = true;
        scope = ClientScope.ALL;
        assigned = new ArrayList<>();
        access = "INVITE";
        temporaryPassword = null;
        mustChangePassword = true;
        sendWelcome = true;
        PrimeFaces.current().executeScript("PF('addUser').show()");
    }

    public void add() {
        PersonForm form = new PersonForm(email, firstName, lastName, role, restricted, active, scope, ids(),
                "INVITE".equals(access), temporaryPassword, mustChangePassword, sendWelcome);
        AtomicReference<PortalPeople.Added> added = new AtomicReference<>();
        if (Feedback.attempt("add a person to portal " + tenant.requirePortalId(),
                () -> added.set(people.add(tenant.requirePortalId(), tenant.requireRealUserId(), form)))) {
            Messages.addGlobalInfo(added.get().invited() ? "Invitation sent to " + email
                    + " (valid 7 days); they join when they accept it. If it does not arrive, check the address and use Resend."
                    : email + " can now sign in with the temporary password.");
            PrimeFaces.current().executeScript("PF('addUser').hide()");
            load();
        }
    }

    public void startEdit(PortalPerson person) {
        editing = person.membershipId();
        editingName = person.name();
        role = person.role();
        restricted = person.restricted();
        scope = person.scope();
        assigned = new ArrayList<>(people.assignedTo(tenant.requirePortalId(), tenant.requireRealUserId(), editing));
        PrimeFaces.current().executeScript("PF('editUser').show()");
    }

    public void saveEdit() {
        long membership = editing;
        PortalRole newRole = role;
        boolean newRestricted = restricted;
        ClientScope newScope = scope;
        List<Long> clients = ids();
        if (Feedback.attempt("edit portal person " + membership, () -> people.edit(tenant.requirePortalId(),
                tenant.requireRealUserId(), membership, newRole, newRestricted, newScope, clients))) {
            Messages.addGlobalInfo("Saved " + editingName + ".");
            PrimeFaces.current().executeScript("PF('editUser').hide()");
            load();
        }
    }

    public void deactivate(long membershipId) {
        if (Feedback.attempt("deactivate portal person " + membershipId,
                () -> people.deactivate(tenant.requirePortalId(), tenant.requireRealUserId(), membershipId))) {
            Messages.addGlobalInfo("Deactivated. Every way they had into the portal's clients is closed.");
            report = null;
            PrimeFaces.current().executeScript("PF('leaver').hide()");
        }
        load();
    }

    public void reactivate(long membershipId) {
        if (Feedback.attempt("reactivate portal person " + membershipId,
                () -> people.reactivate(tenant.requirePortalId(), tenant.requireRealUserId(), membershipId))) {
            Messages.addGlobalInfo("Reactivated.");
        }
        load();
    }

    public void remove(long membershipId) {
        if (Feedback.attempt("remove portal person " + membershipId,
                () -> people.remove(tenant.requirePortalId(), tenant.requireRealUserId(), membershipId))) {
            Messages.addGlobalInfo("Removed from the portal.");
        }
        load();
    }

    public void resend(long membershipId) {
        if (Feedback.attempt("resend invitation of portal person " + membershipId,
                () -> people.resendInvitation(tenant.requirePortalId(), tenant.requireRealUserId(), membershipId))) {
            Messages.addGlobalInfo("A new invitation is on its way; the earlier link no longer works.");
        }
        load();
    }

    public void revoke(long invitationId) {
        if (Feedback.attempt("revoke invitation " + invitationId,
                () -> invitations.revokeOfPortal(tenant.requirePortalId(), tenant.requireRealUserId(), invitationId))) {
            Messages.addGlobalInfo("Invitation withdrawn.");
        }
        load();
    }

    public void showLeaverReport(long membershipId) {
        AtomicReference<LeaverReport> found = new AtomicReference<>();
        if (Feedback.attempt("leaver report of " + membershipId, () -> found.set(
                people.leaverReport(tenant.requirePortalId(), tenant.requireRealUserId(), membershipId)))) {
            report = found.get();
            PrimeFaces.current().executeScript("PF('leaver').show()");
        }
    }

    public List<ClientChoice> completeClients(String text) {
        return people.clientsNamed(tenant.requirePortalId(), tenant.requireRealUserId(), text);
    }

    private List<Long> ids() {
        return assigned == null ? List.of() : assigned.stream().map(ClientChoice::id).distinct().toList();
    }

    public List<PortalPerson> getPersons() {
        return persons;
    }

    public List<PendingInvitation> getPending() {
        return pending;
    }

    public LeaverReport getReport() {
        return report;
    }

    public PortalRole[] getRoles() {
        return PortalRole.values();
    }

    public String getEditingName() {
        return editingName;
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

    public PortalRole getRole() {
        return role;
    }

    public void setRole(PortalRole role) {
        this.role = role;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public ClientScope getScope() {
        return scope;
    }

    public void setScope(ClientScope scope) {
        this.scope = scope;
    }

    public List<ClientChoice> getAssigned() {
        return assigned;
    }

    public void setAssigned(List<ClientChoice> assigned) {
        this.assigned = assigned;
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
