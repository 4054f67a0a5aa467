package org.switchboard.platform.persistence;

import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/**
 * Entity listener of the records that are only ever added (audit events, a client's activity,
 * consent to partner login): changing or removing one through JPA fails before any SQL is sent.
 * On PostgreSQL the database refuses the same, for SQL that does not come through here.
 */
public class AppendOnly {

    @PreUpdate
    @PreRemove
    void refuseChange(Object record) {
        throw new IllegalStateException(record.getClass().getSimpleName() + " records are append-only");
    }
}
