package org.switchboard.audit.view;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.switchboard.audit.boundary.AuditTrail;
import org.switchboard.audit.entity.AuditType;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** admin/audit.xhtml: the audit log for operators, paged in the database and filtered. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long portalId;
    private Long clientId;
    private String email;
    private AuditType type;
    private final Events events = new Events();

    public void search() {
        events.filter = new AuditTrail.Filter(portalId, clientId, email, type);
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

    private static final class Events extends LazyDataModel<AuditTrail.Entry> {

        private static final long serialVersionUID = 1L;
        private AuditTrail.Filter filter = new AuditTrail.Filter(null, null, null, null);

        private static AuditTrail service() {
            return CDI.current().select(AuditTrail.class).get();
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) service().count(filter);
        }

        @Override
        public List<AuditTrail.Entry> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return service().search(filter, first, pageSize);
        }

        @Override
        public String getRowKey(AuditTrail.Entry entry) {
            return String.valueOf(entry.event().getId());
        }
    }
}
