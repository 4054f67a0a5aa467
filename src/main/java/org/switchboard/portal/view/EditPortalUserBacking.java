package org.switchboard.portal.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.portal.boundary.PortalPerson;

import java.util.List;

/** portal/setup.xhtml's Edit dialog: one person's role, restriction and clients. */
@Named
@ViewScoped
public class EditPortalUserBacking extends PersonAccessForm {

    private static final long serialVersionUID = 1L;

    @Inject
    SetupBacking setup;

    private Long editing;
    private String editingName;

    public void startEdit(PortalPerson person) {
        editing = person.membershipId();
        editingName = person.name();
        fill(person.role(), person.restricted(), person.scope(),
                people.assignedTo(tenant.requirePortalId(), tenant.requireRealUserId(), editing));
        PrimeFaces.current().executeScript("PF('editUser').show()");
    }

    public void saveEdit() {
        long membership = editing;
        PortalRole newRole = getRole();
        boolean newRestricted = isRestricted();
        ClientScope newScope = getScope();
        List<Long> clients = assignedIds();
        if (Feedback.attempt("edit portal person " + membership, () -> people.edit(tenant.requirePortalId(),
                tenant.requireRealUserId(), membership, newRole, newRestricted, newScope, clients))) {
            Messages.addGlobalInfo("Saved " + editingName + ".");
            PrimeFaces.current().executeScript("PF('editUser').hide()");
            setup.load();
        }
    }

    public String getEditingName() {
        return editingName;
    }
}
