package org.switchboard.support.entity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A question or problem a client account raised with the vendor's support team. */
@Entity
@Table(name = "support_case")
public class SupportCase {

    @Id
    @SequenceGenerator(name = "support_case_seq", sequenceName = "support_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_case_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @NotBlank
    @Size(max = 200)
    private String subject;

    @NotBlank
    @Size(max = 5000)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CasePriority priority;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CaseStatus status = CaseStatus.OPEN;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private long openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // Two operators, or an operator and the client, changing the same case at once: the later one is told.
    @Version
    private long version;

    protected SupportCase() {
    }

    public SupportCase(long clientId, String subject, String description, CasePriority priority, long openedBy, Instant now) {
        this.clientId = clientId;
        this.subject = subject;
        this.description = description;
        this.priority = priority;
        this.openedBy = openedBy;
        this.openedAt = now;
        this.updatedAt = now;
    }

    public void moveTo(CaseStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public CasePriority getPriority() {
        return priority;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public long getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
