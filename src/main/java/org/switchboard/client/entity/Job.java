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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.switchboard.account.entity.ClientAccount;

import java.time.Instant;

/** A job a client account is hiring for. */
@Entity
public class Job {

    @Id
    @SequenceGenerator(name = "job_seq", sequenceName = "job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private ClientAccount client;

    @Column(name = "portal_id")
    private Long portalId;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 200)
    private String location;

    @Size(max = 200)
    private String department;

    @NotNull
    @Enumerated(EnumType.STRING)
    private JobStatus status = JobStatus.OPEN;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "candidates_count", insertable = false, updatable = false)
    private int candidatesCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Job() {
    }

    public Job(ClientAccount client, String title, String location, String department, Instant now) {
        this.client = client;
        this.portalId = client.getPortal() == null ? null : client.getPortal().getId();
        this.title = title;
        this.location = location;
        this.department = department;
        this.openedAt = now;
        this.createdAt = now;
    }

    public void describe(String title, String location, String department) {
        this.title = title;
        this.location = location;
        this.department = department;
    }

    public void close(Instant now) {
        this.status = JobStatus.CLOSED;
        this.closedAt = now;
    }

    public void reopen(Instant now) {
        this.status = JobStatus.OPEN;
        this.openedAt = now;
        this.closedAt = null;
    }

    public Long getId() {
        return id;
    }

    public ClientAccount getClient() {
        return client;
    }

    public String getTitle() {
        return title;
    }

    public String getLocation() {
        return location;
    }

    public String getDepartment() {
        return department;
    }

    public JobStatus getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == JobStatus.OPEN;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getCandidatesCount() {
        return candidatesCount;
    }
}
