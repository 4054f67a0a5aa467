package org.switchboard.support.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** One message in a support case's thread; never edited. */
@Entity
@Table(name = "case_reply")
public class CaseReply {

    @Id
    @SequenceGenerator(name = "case_reply_seq", sequenceName = "case_reply_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_reply_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "from_support", nullable = false, updatable = false)
    private boolean fromSupport;

    @NotBlank
    @Size(max = 5000)
    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected CaseReply() {
    }

    public CaseReply(long caseId, long authorId, boolean fromSupport, String body, Instant now) {
        this.caseId = caseId;
        this.authorId = authorId;
        this.fromSupport = fromSupport;
        this.body = body;
        this.writtenAt = now;
    }

    public Long getId() {
        return id;
    }
}
