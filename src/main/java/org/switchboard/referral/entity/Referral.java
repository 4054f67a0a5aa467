package org.switchboard.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/** A lead a partner passes on: the company, whom to talk to, and how it turned out. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    private Long id;

    @Column(name = "portal_id", nullable = false, updatable = false)
    private long portalId;

    @Column(nullable = false, updatable = false)
    private String company;

    @Column(name = "company_key", nullable = false, updatable = false)
    private String companyKey;

    @Column(name = "contact_name", nullable = false, updatable = false)
    private String contactName;

    @Column(name = "contact_email", nullable = false, updatable = false)
    private String contactEmail;

    @Column(updatable = false)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status = ReferralStatus.SUBMITTED;

    /** The detail, for the operator's referral desk. */
    private String conflict;

    /** What the submitting partner is told: never another portal's referral or client. */
    @Column(name = "conflict_for_partner")
    private String conflictForPartner;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private long submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "client_id")
    private Long clientId;

    /** The idempotency key of the API request that submitted it (unique in the portal); none from the page. */
    @Column(name = "creation_key", updatable = false)
    private String creationKey;

    @Version
    private long version;

    protected Referral() {
    }

    public Referral(long portalId, String company, String contactName, String contactEmail, String notes, long submittedBy,
                    Instant submittedAt) {
        this.portalId = portalId;
        this.company = company;
        this.companyKey = keyOf(company);
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.notes = notes;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    /** How companies are matched: trimmed, lower case, inner spaces single. */
    public static String keyOf(String company) {
        return company.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Marks the referral as submitted by the request with this idempotency key; set before it is persisted. */
    public void submittedWith(String creationKey) {
        this.creationKey = creationKey;
    }

    public String getCreationKey() {
        return creationKey;
    }

    /** A conflict: the desk reads {@code detail}, the partner {@code forPartner}. */
    public void flag(String detail, String forPartner) {
        this.conflict = detail;
        this.conflictForPartner = forPartner;
    }

    public String getConflictForPartner() {
        return conflictForPartner;
    }

    public void qualify(long operator, Instant now) {
        this.status = ReferralStatus.QUALIFIED;
        this.decidedBy = operator;
        this.decidedAt = now;
    }

    public void win(long operator, long clientId, Instant now) {
        this.status = ReferralStatus.WON;
        this.clientId = clientId;
        this.decidedBy = operator;
        this.decidedAt = now;
    }

    public void lose(long operator, String note, Instant now) {
        this.status = ReferralStatus.LOST;
        this.outcomeNote = note;
        this.decidedBy = operator;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPortalId() {
        return portalId;
    }

    public String getCompany() {
        return company;
    }

    public String getCompanyKey() {
        return companyKey;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getNotes() {
        return notes;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public String getConflict() {
        return conflict;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public Long getClientId() {
        return clientId;
    }
}
