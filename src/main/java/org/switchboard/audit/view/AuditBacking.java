package org.switchboard.audit.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.switchboard.audit.boundary.AuditTrail;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.platform.faces.PagedTable;

import java.io.Serializable;
import java.util.List;

/** admin/audit.xhtml: the audit log for operators, paged in the database and filtered. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long portalId;
    private Long clientId;
    private String email;
    private AuditType type;
    private LazyDataModel<AuditTrail.Entry> events = events(new AuditTrail.Filter(null, null, null, null));

    public void search() {
        events = events(new AuditTrail.Filter(portalId, clientId, email, type));
    }

    private static LazyDataModel<AuditTrail.Entry> events(AuditTrail.Filter filter) {
        return PagedTable.of(AuditTrail.class, trail -> trail.count(filter),
                (trail, first, size) -> trail.search(filter, first, size), entry -> entry.event().getId());
    }

    public LazyDataModel<AuditTrail.Entry> getEvents() {
        return events;
    }

    public List<AuditType> getTypes() {
        return List.of(AuditType.values());
    }

    public Long getPortalId() {
        return portalId;
    }

    public void setPortalId(Long portalId) {
        this.portalId = portalId;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public AuditType getType() {
        return type;
    }

    public void setType(AuditType type) {
        this.type = type;
    }
}
