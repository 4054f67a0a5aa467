package org.switchboard.access.view;

import jakarta.enterprise.inject.spi.CDI;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.switchboard.access.boundary.AccessHistory;
import org.switchboard.access.boundary.AccessRecord;

import java.util.List;
import java.util.Map;

/**
 * One partner access history as a lazy table: paged in the database, newest visit first. Which
 * history, and whose eyes, is fixed when the page makes it; the service checks the viewer each time.
 */
public final class AccessRecords extends LazyDataModel<AccessRecord> {

    private static final long serialVersionUID = 1L;

    private enum Of { CLIENT, PORTAL, PORTAL_CLIENT }

    private final Of of;
    private final long portalId;
    private final long clientId;
    private final long viewerUserId;

    private AccessRecords(Of of, long portalId, long clientId, long viewerUserId) {
        this.of = of;
        this.portalId = portalId;
        this.clientId = clientId;
        this.viewerUserId = viewerUserId;
    }

    /** Every visit to a client, for its admin. */
    public static AccessRecords ofClient(long clientId, long viewerUserId) {
        return new AccessRecords(Of.CLIENT, 0, clientId, viewerUserId);
    }

    /** Every visit by a portal's people, for its admin. */
    public static AccessRecords ofPortal(long portalId, long viewerUserId) {
        return new AccessRecords(Of.PORTAL, portalId, 0, viewerUserId);
    }

    /** A portal's visits to one of its clients, on the client's details page. */
    public static AccessRecords ofPortalClient(long portalId, long clientId, long viewerUserId) {
        return new AccessRecords(Of.PORTAL_CLIENT, portalId, clientId, viewerUserId);
    }

    private static AccessHistory history() {
        return CDI.current().select(AccessHistory.class).get();
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) switch (of) {
            case CLIENT -> history().countOfClient(clientId, viewerUserId);
            case PORTAL -> history().countOfPortal(portalId, viewerUserId);
            case PORTAL_CLIENT -> history().countOfPortalClient(portalId, viewerUserId, clientId);
        };
    }

    @Override
    public List<AccessRecord> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return switch (of) {
            case CLIENT -> history().ofClient(clientId, viewerUserId, first, pageSize);
            case PORTAL -> history().ofPortal(portalId, viewerUserId, first, pageSize);
            case PORTAL_CLIENT -> history().ofPortalClient(portalId, viewerUserId, clientId, first, pageSize);
        };
    }

    @Override
    public String getRowKey(AccessRecord record) {
        return String.valueOf(record.id());
    }
}
