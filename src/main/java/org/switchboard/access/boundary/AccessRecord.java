package org.switchboard.access.boundary;

import org.switchboard.access.entity.AccessMode;
import org.switchboard.platform.tenancy.EndReason;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One visit as the partner access histories show it: who entered which client, as whom, when, for
 * how long, how it ended, and what they changed.
 */
public record AccessRecord(long id, Instant startedAt, Instant endedAt, EndReason endReason, String realName,
                           String realEmail, String portalName, long clientId, String clientName, AccessMode mode, String actingName,
                           String actingEmail, String reason, String sourceAddress, List<Change> changes,
                           long changeCount) implements Serializable {

    /** One thing done during the visit. */
    public record Change(Instant occurredAt, String summary) implements Serializable {
    }

    public boolean isAsUser() {
        return mode == AccessMode.AS_USER;
    }

    /** "as themselves" or "as Alex Harbour <alex@…>". */
    public String getActingAs() {
        return mode == AccessMode.AS_SELF ? "Themselves" : actingName + " <" + actingEmail + ">";
    }

    /** How long the visit lasted, e.g. "12 min" or "1 h 5 min"; "open" while it goes on. */
    public String getDuration() {
        if (endedAt == null) {
            return "open";
        }
        long minutes = Duration.between(startedAt, endedAt).toMinutes();
        return minutes < 60 ? Math.max(minutes, 0) + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    public String getEnding() {
        return endReason == null ? "Still open" : endReason.label();
    }
}
