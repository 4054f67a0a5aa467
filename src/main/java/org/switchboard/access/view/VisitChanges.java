package org.switchboard.access.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.switchboard.access.boundary.AccessRecord;
import org.switchboard.access.boundary.AccessRecords;

import java.io.Serializable;

/**
 * The visit whose full list of changes is open below a partner access history, for as long as the
 * page is: the histories themselves are made anew for each request, the open list must survive its
 * own paging. Each page of it is read, and the viewer checked, by {@code AccessHistory}.
 */
@Named
@ViewScoped
public class VisitChanges implements Serializable {

    private static final long serialVersionUID = 1L;

    private AccessRecord visit;
    private LazyDataModel<AccessRecord.Change> changes;

    public void open(AccessRecords history, AccessRecord visit) {
        this.visit = visit;
        this.changes = history.changesOf(visit);
    }

    public void close() {
        visit = null;
        changes = null;
    }

    public AccessRecord getVisit() {
        return visit;
    }

    public LazyDataModel<AccessRecord.Change> getChanges() {
        return changes;
    }
}
