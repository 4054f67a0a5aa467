package org.switchboard.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.switchboard.platform.persistence.AppendOnly;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A client's written consent to partner login, recorded by a platform operator: the only way an
 * operator may turn partner login on for a client. Append-only.
 */
@Entity
@EntityListeners(AppendOnly.class)
@Table(name = "partner_login_consent")
public class PartnerLoginConsent {

    @Id
    @SequenceGenerator(name = "partner_login_consent_seq", sequenceName = "partner_login_consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_login_consent_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "given_by", nullable = false, updatable = false)
    private String givenBy;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(updatable = false)
    private String note;

    @Column(name = "recorded_by_user_id", nullable = false, updatable = false)
    private long recordedByUserId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PartnerLoginConsent() {
    }

    public PartnerLoginConsent(long clientId, String givenBy, LocalDate givenOn, String note, long recordedByUserId,
                               Instant recordedAt) {
        this.clientId = clientId;
        this.givenBy = givenBy;
        this.givenOn = givenOn;
        this.note = note;
        this.recordedByUserId = recordedByUserId;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
