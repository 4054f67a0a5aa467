package org.switchboard.client.entity;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.switchboard.portal.entity.Portal;

import java.time.Instant;

/** A child account (the tenant), owned by at most one portal. */
@Entity
@Table(name = "client_account")
public class ClientAccount {

    @Id
    @SequenceGenerator(name = "client_account_seq", sequenceName = "client_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_account_seq")
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 64)
    @Column(name = "plan_code")
    private String planCode;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ClientStatus status;

    @Min(0)
    private int seats;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "portal_id")
    private Portal portal;

    @Column(name = "allow_partner_login")
    private boolean allowPartnerLogin;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ClientAccount() {
    }

    public ClientAccount(String name, String planCode, ClientStatus status, int seats, Portal portal,
                         boolean allowPartnerLogin, Instant createdAt) {
        this.name = name;
        this.planCode = planCode;
        this.status = status;
        this.seats = seats;
        this.portal = portal;
        this.allowPartnerLogin = allowPartnerLogin;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPlanCode() {
        return planCode;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public int getSeats() {
        return seats;
    }

    public Portal getPortal() {
        return portal;
    }

    public boolean isAllowPartnerLogin() {
        return allowPartnerLogin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
