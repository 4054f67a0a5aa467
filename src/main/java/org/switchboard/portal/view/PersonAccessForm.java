package org.switchboard.portal.view;

import jakarta.inject.Inject;
import org.switchboard.account.boundary.ClientChoice;
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.portal.boundary.PortalPeople;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Role, restriction and client scope of one of the portal's people: the part of Setup's Add and
 * Edit dialogs that WEB-INF/includes/portal-person-access.xhtml shows for either.
 */
public abstract class PersonAccessForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalPeople people;

    @Inject
    Tenant tenant;

    private PortalRole role = PortalRole.PARTNER_USER;
    private boolean restricted;
    private ClientScope scope = ClientScope.ALL;
    private List<ClientChoice> assigned = new ArrayList<>();

    void fill(PortalRole role, boolean restricted, ClientScope scope, List<ClientChoice> assigned) {
        this.role = role;
        this.restricted = restricted;
        this.scope = scope;
        this.assigned = new ArrayList<>(assigned);
    }

    public List<ClientChoice> completeClients(String text) {
        return people.clientsNamed(tenant.requirePortalId(), tenant.requireRealUserId(), text);
    }

    List<Long> assignedIds() {
        return assigned == null ? List.of() : assigned.stream().map(ClientChoice::id).distinct().toList();
    }

    public PortalRole[] getRoles() {
        return PortalRole.values();
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
}
