package org.switchboard.webhook.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.faces.PagedTable;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.webhook.boundary.EndpointSummary;
import org.switchboard.webhook.boundary.WebhookEndpoints;
import org.switchboard.webhook.boundary.WebhookLog;
import org.switchboard.webhook.entity.WebhookDelivery;
import org.switchboard.webhook.entity.WebhookEventType;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * portal/webhook.xhtml: one endpoint of the portal, for its admins: its address and events to
 * change, its secret to rotate, a test event, disable / enable / remove, and its delivery log with
 * Resend. Another portal's endpoint is a 404.
 */
@Named
@ViewScoped
public class WebhookBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    WebhookLog log;

    @Inject
    Tenant tenant;

    private Integer id;
    private EndpointSummary endpoint;
    private List<WebhookEventType> offered;
    private EndpointForm form;
    /** A secret just rotated, shown once. */
    private String secret;
    private LazyDataModel<WebhookDelivery> deliveries;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFound("No such webhook endpoint in your portal.");
            }
            refresh();
        } catch (NotFound missing) {
            Faces.responseSendError(404, missing.getMessage());
            Faces.responseComplete();
            return;
        }
        form = EndpointForm.of(endpoint);
        offered = endpoints.offered(tenant.requirePortalId());
        long portalId = tenant.requirePortalId();
        long userId = tenant.requireRealUserId();
        long endpointId = id;
        deliveries = PagedTable.of(WebhookLog.class, service -> service.count(portalId, userId, endpointId),
                (service, first, size) -> service.page(portalId, userId, endpointId, first, size), WebhookDelivery::getId);
    }

    private void refresh() {
        endpoint = endpoints.endpoint(tenant.requirePortalId(), tenant.requireRealUserId(), id);
    }

    public void save() {
        if (Feedback.attempt("change webhook endpoint " + id, () -> endpoints.change(tenant.requirePortalId(),
                tenant.requireRealUserId(), id, form.getUrl(), form.getDescription(), form.chosen()))) {
            Messages.addGlobalInfo("Saved.");
            refresh();
        }
    }

    public void rotate() {
        String[] made = new String[1];
        if (Feedback.attempt("rotate webhook secret " + id, () -> made[0] = endpoints.rotate(tenant.requirePortalId(),
                tenant.requireRealUserId(), id).secret())) {
            secret = made[0];
            refresh();
        }
    }

    public void forgetSecret() {
        secret = null;
    }

    public void sendTest() {
        if (Feedback.attempt("send test webhook " + id,
                () -> endpoints.sendTest(tenant.requirePortalId(), tenant.requireRealUserId(), id))) {
            Messages.addGlobalInfo("A test event is on its way; refresh the log to see how it went.");
        }
    }

    public void disable() {
        if (Feedback.attempt("disable webhook endpoint " + id,
                () -> endpoints.disable(tenant.requirePortalId(), tenant.requireRealUserId(), id))) {
            Messages.addGlobalInfo("Disabled: nothing is sent to it until you enable it.");
            refresh();
        }
    }

    public void enable() {
        if (Feedback.attempt("enable webhook endpoint " + id,
                () -> endpoints.enable(tenant.requirePortalId(), tenant.requireRealUserId(), id))) {
            Messages.addGlobalInfo("Enabled: events from now on are sent. Resend missed ones from the log.");
            refresh();
        }
    }

    public String remove() {
        if (Feedback.attempt("remove webhook endpoint " + id,
                () -> endpoints.remove(tenant.requirePortalId(), tenant.requireRealUserId(), id))) {
            Messages.addFlashGlobalInfo("Endpoint removed.");
            return "/portal/setup.xhtml?faces-redirect=true";
        }
        return null;
    }

    public void resend(long deliveryId) {
        if (Feedback.attempt("resend webhook delivery " + deliveryId, () -> log.resend(tenant.requirePortalId(), tenant.requireRealUserId(), id, deliveryId))) {
            Messages.addGlobalInfo("Sent again; refresh the log to see how it went.");
        }
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public EndpointSummary getEndpoint() {
        return endpoint;
    }

    public List<WebhookEventType> getOffered() {
        return offered;
    }

    public LazyDataModel<WebhookDelivery> getDeliveries() {
        return deliveries;
    }

    public EndpointForm getForm() {
        return form;
    }

    public String getSecret() {
        return secret;
    }
}
