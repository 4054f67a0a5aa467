package org.switchboard.support.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A file attached to a support case. Only the download reads this entity (lists select the
 * name and size alone), so that the bytes are loaded once, for the person who asked for them.
 */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment {

    @Id
    @SequenceGenerator(name = "case_attachment_seq", sequenceName = "case_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_attachment_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "added_by", nullable = false, updatable = false)
    private long addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected CaseAttachment() {
    }

    public CaseAttachment(long caseId, String fileName, String contentType, byte[] content, long addedBy, Instant now) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }
}
