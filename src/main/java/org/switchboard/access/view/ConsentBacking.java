package org.switchboard.access.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;
import org.switchboard.access.boundary.ConsentRecords;
import org.switchboard.access.boundary.ConsentRow;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.faces.PagedTable;
import org.switchboard.platform.tenancy.Tenant;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** admin/clients.xhtml: the operator finds a client and records its written consent to partner login. */
@Named
@ViewScoped
public class ConsentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsentRecords records;

    @Inject
    Tenant tenant;

    private String q;
    private LazyDataModel<ConsentRow> clients = clients(null);
    private Long clientId;
    private String clientName;
    private String givenBy;
    private LocalDate givenOn;
    private String note;

    public void search() {
        clients = clients(q);
    }

    private static LazyDataModel<ConsentRow> clients(String text) {
        return PagedTable.of(ConsentRecords.class, records -> records.count(text),
                (records, first, size) -> records.clients(text, first, size), ConsentRow::clientId);
    }

    public void open(long clientId, String clientName) {
        this.clientId = clientId;
        this.clientName = clientName;
        this.givenBy = null;
        this.givenOn = null;
        this.note = null;
        PrimeFaces.current().executeScript("PF('consent').show()");
    }

    public void save() {
        if (clientId == null) {
            return;
        }
        long client = clientId;
        String by = givenBy;
        LocalDate on = givenOn;
        String text = note;
        if (Feedback.attempt("record consent for client " + client,
                () -> records.record(client, tenant.requireRealUserId(), by, on, text))) {
            Messages.addGlobalInfo("Consent recorded; partner login is on for " + clientName + ".");
            PrimeFaces.current().executeScript("PF('consent').hide()");
            clientId = null;
        }
    }

    public LazyDataModel<ConsentRow> getClients() {
        return clients;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getClientName() {
        return clientName;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(String givenBy) {
        this.givenBy = givenBy;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getToday() {
        return LocalDate.now(java.time.ZoneOffset.UTC);
    }
}
