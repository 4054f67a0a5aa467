package org.switchboard.client.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Messages;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.client.boundary.ClientUsers;
import org.switchboard.client.boundary.ClientUsers.Member;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** client/users.xhtml: the account's people; client admins add them and set their roles. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientUsers users;

    @Inject
    Tenant tenant;

    @NotBlank(message = "Enter the person's e-mail address.")
    @Email(message = "Enter a valid e-mail address.")
    @Size(max = 254, message = "An e-mail address has at most 254 characters.")
    private String email;

    @NotBlank(message = "Enter a first name.")
    @Size(max = 100, message = "A first name has at most 100 characters.")
    private String firstName;

    @NotBlank(message = "Enter a last name.")
    @Size(max = 100, message = "A last name has at most 100 characters.")
    private String lastName;

    @NotNull(message = "Choose a role.")
    private ClientRole role = ClientRole.RECRUITER;

    @Size(max = 200, message = "A password has at most 200 characters.")
    private String temporaryPassword;

    /** The role picked in each row's menu, keyed by membership id. */
    private final HashMap<Long, ClientRole> chosenRoles = new HashMap<>();

    private transient List<Member> loaded;

    public List<Member> getMembers() {
        if (loaded == null) {
            loaded = users.membersOf(tenant.requireClientId());
            loaded.forEach(member -> chosenRoles.put(member.membershipId(), member.role()));
        }
        return loaded;
    }

    public Map<Long, ClientRole> getChosenRoles() {
        return chosenRoles;
    }

    /** The roles the person may give: a partner on a visit never makes anyone a client admin. */
    public List<ClientRole> getRoles() {
        return isOnVisit() ? List.of(ClientRole.RECRUITER, ClientRole.VIEWER) : List.of(ClientRole.values());
    }

    /** Whether a partner is working inside this client on a visit (the rules of ClientUsers follow it). */
    public boolean isOnVisit() {
        return tenant.visitHere().isPresent();
    }

    /** A row a visiting partner may not change: the client's own admins, and partners the client sent away. */
    public boolean lockedDuringVisit(Member member) {
        return isOnVisit() && ((member.role() == ClientRole.CLIENT_ADMIN && !member.isPartner())
                || (member.isPartner() && !member.active()));
    }

    public void add() {
        boolean added = Feedback.attempt("add user to client " + tenant.requireClientId(), () -> users.add(
                tenant.requireClientId(), tenant.requireUserId(), email, firstName, lastName, role,
                temporaryPassword == null ? "" : temporaryPassword));
        if (added) {
            Messages.addGlobalInfo(email.strip() + " added as " + role.label() + ".");
            loaded = null;
            email = null;
            firstName = null;
            lastName = null;
            temporaryPassword = null;
            role = ClientRole.RECRUITER;
        }
    }

    public void changeRole(long membershipId) {
        ClientRole newRole = chosenRoles.get(membershipId);
        loaded = null;
        if (newRole != null && Feedback.attempt("change role of membership " + membershipId,
                () -> users.changeRole(tenant.requireClientId(), membershipId, tenant.requireUserId(), newRole))) {
            Messages.addGlobalInfo("Role changed to " + newRole.label() + ".");
        }
    }

    public void deactivate(long membershipId) {
        if (Feedback.attempt("deactivate membership " + membershipId,
                () -> users.deactivate(tenant.requireClientId(), membershipId, tenant.requireUserId()))) {
            Messages.addGlobalInfo("User deactivated.");
            loaded = null;
        }
    }

    public void reactivate(long membershipId) {
        if (Feedback.attempt("reactivate membership " + membershipId,
                () -> users.reactivate(tenant.requireClientId(), membershipId, tenant.requireUserId()))) {
            Messages.addGlobalInfo("User reactivated.");
            loaded = null;
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

    public ClientRole getRole() {
        return role;
    }

    public void setRole(ClientRole role) {
        this.role = role;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
