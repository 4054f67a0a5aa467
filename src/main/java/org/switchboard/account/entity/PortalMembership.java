package org.switchboard.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.switchboard.identity.entity.User;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person on a portal's staff: their role there and which of its clients they may reach. */
@Entity
@Table(name = "portal_membership")
public class PortalMembership extends Membership {

    @Id
    @SequenceGenerator(name = "portal_membership_seq", sequenceName = "portal_membership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_membership_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "portal_id")
    private Portal portal;

    @NotNull
    @Enumerated(EnumType.STRING)
    private PortalRole role;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "client_scope")
    private ClientScope clientScope = ClientScope.ALL;

    /** A restricted partner user never opens a client's Settings. */
    private boolean restricted;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "portal_membership_client",
            joinColumns = @JoinColumn(name = "membership_id"),
            inverseJoinColumns = @JoinColumn(name = "client_id"))
    private Set<ClientAccount> assignedClients = new HashSet<>();

    protected PortalMembership() {
    }

    public PortalMembership(User user, Portal portal, PortalRole role, Instant createdAt) {
        super(user, createdAt);
        this.portal = portal;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public Portal getPortal() {
        return portal;
    }

    public PortalRole getRole() {
        return role;
    }

    public ClientScope getClientScope() {
        return clientScope;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void restrict(boolean restricted) {
        this.restricted = restricted;
    }

    public void changeRole(PortalRole role) {
        this.role = role;
    }

    public Set<ClientAccount> getAssignedClients() {
        return Set.copyOf(assignedClients);
    }

    public void scopeToAll() {
        this.clientScope = ClientScope.ALL;
        this.assignedClients.clear();
    }

    public void scopeToAssigned(Set<ClientAccount> clients) {
        this.clientScope = ClientScope.ASSIGNED;
        this.assignedClients.clear();
        this.assignedClients.addAll(clients);
    }
}
