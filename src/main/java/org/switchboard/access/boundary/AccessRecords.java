package org.switchboard.access.boundary;

import jakarta.enterprise.inject.spi.CDI;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.switchboard.access.view.VisitChanges;

import java.util.List;
import java.util.Map;

/**
 * One partner access history as a lazy table: paged in the database, newest visit first, each
 * visit with its first changes; a visit with more opens its full list of changes, paged too
 * ({@link VisitChanges}). Which
 * history, and whose eyes, is fixed when the page makes it; the service checks the viewer each time.
 */
public final class AccessRecords extends LazyDataModel<AccessRecord> {

    private static final long serialVersionUID = 1L;

    private final HistoryScope scope;
    private final long viewerUserId;

    private AccessRecords(HistoryScope scope, long viewerUserId) {
        this.scope = scope;
        this.viewerUserId = viewerUserId;
    }

    /** Every visit to a client, for its admin. */
    public static AccessRecords ofClient(long clientId, long viewerUserId) {
        return new AccessRecords(HistoryScope.ofClient(clientId), viewerUserId);
    }

    /** Every visit by a portal's people, for its admin. */
    public static AccessRecords ofPortal(long portalId, long viewerUserId) {
        return new AccessRecords(HistoryScope.ofPortal(portalId), viewerUserId);
    }

    /** A portal's visits to one of its clients, on the client's details page. */
    public static AccessRecords ofPortalClient(long portalId, long clientId, long viewerUserId) {
        return new AccessRecords(HistoryScope.ofPortalClient(portalId, clientId), viewerUserId);
    }

    private static AccessHistory history() {
        return CDI.current().select(AccessHistory.class).get();
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) history().count(scope, viewerUserId);
    }

    @Override
    public List<AccessRecord> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return history().visits(scope, viewerUserId, first, pageSize);
    }

    @Override
    public String getRowKey(AccessRecord record) {
        return String.valueOf(record.id());
    }

    /** The full list of what was done during one of this history's visits. */
    public Changes changesOf(AccessRecord visit) {
        return new Changes(scope, viewerUserId, visit.id());
    }

    /** Everything done during one visit, in order, a page at a time. */
    public static final class Changes extends LazyDataModel<AccessRecord.Change> {

        private static final long serialVersionUID = 1L;

        private final HistoryScope scope;
        private final long viewerUserId;
        private final long visitId;

        Changes(HistoryScope scope, long viewerUserId, long visitId) {
            this.scope = scope;
            this.viewerUserId = viewerUserId;
            this.visitId = visitId;
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) history().countChanges(scope, viewerUserId, visitId);
        }

        @Override
        public List<AccessRecord.Change> load(int first, int pageSize, Map<String, SortMeta> sort,
                                              Map<String, FilterMeta> filters) {
            return history().changes(scope, viewerUserId, visitId, first, pageSize);
        }
    }
}
