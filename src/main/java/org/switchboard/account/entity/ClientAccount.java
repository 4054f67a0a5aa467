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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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

    /** The name in lower case, for case-insensitive search and sorting. */
    @Column(name = "name_key")
    private String nameKey;

    @Column(name = "allow_partner_login")
    private boolean allowPartnerLogin;

    /** Whether the recruiters of the portal's other clients may find and copy this client's candidates. */
    @Column(name = "shares_candidates")
    private boolean sharesCandidates;

    /** The idempotency key of the form that created the client, if one did. */
    @Column(name = "creation_key", updatable = false)
    private String creationKey;

    @Column(length = 2)
    private String country;

    @Column(length = 3)
    private String currency;

    /** A portal that asked to manage this client, waiting for the client admin to confirm the move. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pending_portal_id")
    private Portal pendingPortal;

    /** The highest role a partner gets when signing in as themselves; the client decides. */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "partner_role_cap")
    private ClientRole partnerRoleCap = ClientRole.CLIENT_ADMIN;

    // The figures below are maintained by ClientFigures with set-based updates, never by saving
    // the entity: an edit of the account can neither overwrite them nor conflict with them.
    @Column(name = "users_count", insertable = false, updatable = false)
    private int usersCount;

    @Column(name = "open_jobs_count", insertable = false, updatable = false)
    private int openJobsCount;

    @Column(name = "recent_candidates_count", insertable = false, updatable = false)
    private int recentCandidatesCount;

    @Column(name = "last_activity_at", updatable = false)
    private Instant lastActivityAt;

    /** When a trial ends; set while the account is in TRIAL. */
    @Column(name = "trial_ends_at")
    private Instant trialEndsAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /**
     * The portal's own sample account: partner login needs no client's consent (there is no client),
     * it is never billed and never counted in the portal's figures.
     */
    @Column(updatable = false)
    private boolean demo;

    @Version
    private long version;

    protected ClientAccount() {
    }

    public ClientAccount(String name, String planCode, ClientStatus status, int seats, Portal portal,
                         boolean allowPartnerLogin, Instant createdAt) {
        this.name = name;
        this.nameKey = keyOf(name);
        this.planCode = planCode;
        this.status = status;
        this.seats = seats;
        this.portal = portal;
        this.allowPartnerLogin = allowPartnerLogin;
        this.createdAt = createdAt;
        this.lastActivityAt = createdAt;
    }

    /** The portal's demo account: on no plan anyone pays for, open to the portal's people. */
    public static ClientAccount demoOf(Portal portal, Instant createdAt) {
        ClientAccount demo = new ClientAccount("Demo account – " + portal.getName(), DEMO_PLAN, ClientStatus.ACTIVE, 10,
                portal, true, createdAt);
        demo.demo = true;
        return demo;
    }

    /** The plan code of demo accounts; no plan of the catalogue has it, so nothing can be sold on it. */
    public static final String DEMO_PLAN = "demo";

    public boolean isDemo() {
        return demo;
    }

    public static String keyOf(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
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

    public boolean isSharesCandidates() {
        return sharesCandidates;
    }

    public void shareCandidates(boolean shared) {
        this.sharesCandidates = shared;
    }

    public void allowPartnerLogin(boolean allowed) {
        // A demo account belongs to its portal: there is no client whose consent could be given or withdrawn.
        this.allowPartnerLogin = allowed || demo;
    }

    /**
     * The portal that manages the client from now on (none: the client manages itself). Partner
     * login is off until the client's admin turns it on for the new portal.
     */
    public void manageBy(Portal portal) {
        this.portal = portal;
        this.pendingPortal = null;
        this.allowPartnerLogin = false;
    }

    /** Facts only a form that creates a client knows: its key, the client's country and currency. */
    public void createdBy(String creationKey, String country, String currency) {
        this.creationKey = creationKey;
        this.country = country;
        this.currency = currency;
    }

    public String getCurrency() {
        return currency;
    }

    /** Subscribed: active on the plan and seats given, no trial any more. */
    public void subscribe(String planCode, int seats) {
        this.planCode = planCode;
        this.seats = seats;
        this.status = ClientStatus.ACTIVE;
        this.trialEndsAt = null;
    }

    public void changeStatus(ClientStatus status) {
        this.status = status;
    }

    public Portal getPendingPortal() {
        return pendingPortal;
    }

    public void proposeMoveTo(Portal portal) {
        this.pendingPortal = portal;
    }

    public ClientRole getPartnerRoleCap() {
        return partnerRoleCap;
    }

    public void capPartnerRole(ClientRole cap) {
        this.partnerRoleCap = cap;
    }

    public int getUsersCount() {
        return usersCount;
    }

    public int getOpenJobsCount() {
        return openJobsCount;
    }

    public int getRecentCandidatesCount() {
        return recentCandidatesCount;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getTrialEndsAt() {
        return trialEndsAt;
    }

    public void trialUntil(Instant endsAt) {
        this.trialEndsAt = endsAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
