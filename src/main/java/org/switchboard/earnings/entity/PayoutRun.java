package org.switchboard.earnings.entity;

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

/**
 * The claim of one period's payout run, unique per period: a second run, here or on another
 * server, finds it and does not start; a run whose server stopped reporting may be taken over.
 */
@Entity
@Table(name = "payout_run")
public class PayoutRun {

    @Id
    @SequenceGenerator(name = "payout_run_seq", sequenceName = "payout_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payout_run_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PayoutRunStatus status;

    @Column(name = "started_by")
    private Long startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "portals_done", nullable = false)
    private int portalsDone;

    @Column(name = "payouts_made", nullable = false)
    private int payoutsMade;

    private String failure;

    @Version
    private long version;

    protected PayoutRun() {
    }

    public PayoutRun(String period, Long startedBy, Instant startedAt) {
        this.period = period;
        this.status = PayoutRunStatus.RUNNING;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.heartbeatAt = startedAt;
    }

    /** A failed or abandoned run is started again; what it paid stays paid. */
    public void restart(Long startedBy, Instant at) {
        this.status = PayoutRunStatus.RUNNING;
        this.startedBy = startedBy;
        this.heartbeatAt = at;
        this.finishedAt = null;
        this.failure = null;
    }

    public void runsAs(long jobExecutionId) {
        this.jobExecutionId = jobExecutionId;
    }

    public void progress(int portals, int payouts, Instant at) {
        portalsDone += portals;
        payoutsMade += payouts;
        heartbeatAt = at;
    }

    public void complete(Instant at) {
        status = PayoutRunStatus.COMPLETED;
        finishedAt = at;
        heartbeatAt = at;
    }

    public void fail(String failure, Instant at) {
        status = PayoutRunStatus.FAILED;
        finishedAt = at;
        this.failure = failure == null ? "Failed" : failure.length() > 500 ? failure.substring(0, 500) : failure;
    }

    public Long getId() {
        return id;
    }

    public String getPeriod() {
        return period;
    }

    public PayoutRunStatus getStatus() {
        return status;
    }

    public Long getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public int getPortalsDone() {
        return portalsDone;
    }

    public int getPayoutsMade() {
        return payoutsMade;
    }

    public String getFailure() {
        return failure;
    }
}
