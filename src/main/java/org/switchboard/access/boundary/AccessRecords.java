package org.switchboard.access.boundary;

import org.primefaces.model.LazyDataModel;
import org.switchboard.platform.faces.PagedTable;

import java.io.Serializable;

/**
 * One partner access history as its pages show it: the visits, paged in the database, newest
 * first, each with its first changes; a visit with more opens its full list of changes, paged too.
 * Which history, and whose eyes, is fixed when the page makes it; the service checks the viewer
 * on every page read.
 */
public final class AccessRecords implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HistoryScope scope;
    private final long viewerUserId;
    private final LazyDataModel<AccessRecord> visits;

    private AccessRecords(HistoryScope scope, long viewerUserId) {
        this.scope = scope;
        this.viewerUserId = viewerUserId;
        this.visits = PagedTable.of(AccessHistory.class, history -> history.count(scope, viewerUserId),
                (history, first, size) -> history.visits(scope, viewerUserId, first, size), AccessRecord::id);
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

    public LazyDataModel<AccessRecord> getVisits() {
        return visits;
    }

    /** Everything done during one of this history's visits, in order, a page at a time. */
    public LazyDataModel<AccessRecord.Change> changesOf(AccessRecord visit) {
        HistoryScope scope = this.scope;
        long viewerUserId = this.viewerUserId;
        long visitId = visit.id();
        return PagedTable.of(AccessHistory.class, history -> history.countChanges(scope, viewerUserId, visitId),
                (history, first, size) -> history.changes(scope, viewerUserId, visitId, first, size));
    }
}
