package org.switchboard.support.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One support case as its page shows it: the case, who opened it, its thread and its files. */
public record CaseView(CaseRow row, String description, String openedBy, List<Entry> thread, List<File> attachments)
        implements Serializable {

    /** A message in the thread. */
    public record Entry(long id, String author, boolean fromSupport, String body, Instant writtenAt) implements Serializable {
    }

    /** An attached file, without its bytes. */
    public record File(long id, String fileName, long sizeBytes, Instant addedAt) implements Serializable {

        public String size() {
            return sizeBytes < 1024 ? sizeBytes + " B"
                    : sizeBytes < 1024 * 1024 ? (sizeBytes / 1024) + " KB"
                    : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024));
        }
    }
}
