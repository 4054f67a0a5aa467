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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.switchboard.identity.entity.User;

import java.time.Instant;

/** A person's place in one client account. */
@Entity
@Table(name = "client_membership")
public class ClientMembership extends Membership {

    @Id
    @SequenceGenerator(name = "client_membership_seq", sequenceName = "client_membership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_membership_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private ClientAccount client;

    /** The client's id without loading it, for subqueries that need only the id. */
    @Column(name = "client_id", insertable = false, updatable = false)
    private Long clientId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ClientRole role;

    /**
     * The portal this membership was made through by "Sign in as Me"; null for the client's own
     * people. Such a membership is no seat of the client and works only inside a visit from it.
     */
    @Column(name = "partner_portal_id", updatable = false)
    private Long partnerPortalId;

    /** The portal whose partner added this person during a visit; null for the client's own doing. */
    @Column(name = "added_by_portal_id")
    private Long addedByPortalId;

    @Column(name = "added_in_visit_id")
    private Long addedInVisitId;

    protected ClientMembership() {
    }

    public ClientMembership(User user, ClientAccount client, ClientRole role, Instant createdAt) {
        super(user, createdAt);
        this.client = client;
        this.role = role;
    }

    /** A membership made for a portal user on their first "Sign in as Me". */
    public static ClientMembership forPartner(User user, ClientAccount client, ClientRole role, long portalId,
                                              Instant createdAt) {
        ClientMembership membership = new ClientMembership(user, client, role, createdAt);
        membership.partnerPortalId = portalId;
        return membership;
    }

    /** Marks a person added by a partner during the visit, for the client's own admins to see. */
    public void addedDuringVisit(long portalId, long accessSessionId) {
        this.addedByPortalId = portalId;
        this.addedInVisitId = accessSessionId;
    }

    public Long getAddedByPortalId() {
        return addedByPortalId;
    }

    public Long getPartnerPortalId() {
        return partnerPortalId;
    }

    public boolean isPartner() {
        return partnerPortalId != null;
    }

    public Long getId() {
        return id;
    }

    public ClientAccount getClient() {
        return client;
    }

    public ClientRole getRole() {
        return role;
    }

    public void changeRole(ClientRole role) {
        this.role = role;
    }
}
