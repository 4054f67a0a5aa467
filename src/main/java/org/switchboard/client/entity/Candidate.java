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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A person who applied to a job, and where they stand. */
@Entity
public class Candidate {

    @Id
    @SequenceGenerator(name = "candidate_seq", sequenceName = "candidate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id")
    private Job job;

    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name")
    private String fullName;

    /** The name in lower case, for "name starts with" searches off an index. */
    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Stage stage = Stage.APPLIED;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Column(name = "stage_changed_at", nullable = false)
    private Instant stageChangedAt;

    /** The shared candidate this one was copied from, in another client of the portal. */
    @Column(name = "copied_from_candidate_id", updatable = false)
    private Long copiedFromCandidateId;

    @Column(name = "source_client_id", updatable = false)
    private Long sourceClientId;

    @Version
    private long version;

    protected Candidate() {
    }

    public Candidate(Job job, String fullName, String email, Instant now) {
        this.job = job;
        this.clientId = job.getClient().getId();
        this.fullName = fullName;
        this.nameKey = keyOf(fullName);
        this.email = email;
        this.appliedAt = now;
        this.stageChangedAt = now;
    }

    /** A copy of a shared candidate into a job of another client, at the first stage, its source kept. */
    public static Candidate copyOf(Candidate source, Job job, Instant now) {
        Candidate copy = new Candidate(job, source.fullName, source.email, now);
        copy.copiedFromCandidateId = source.id;
        copy.sourceClientId = source.clientId;
        return copy;
    }

    public static String keyOf(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    public void moveTo(Stage stage, Instant now) {
        this.stage = stage;
        this.stageChangedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public Job getJob() {
        return job;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Long getCopiedFromCandidateId() {
        return copiedFromCandidateId;
    }

    public Long getSourceClientId() {
        return sourceClientId;
    }

    public Stage getStage() {
        return stage;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getStageChangedAt() {
        return stageChangedAt;
    }
}
