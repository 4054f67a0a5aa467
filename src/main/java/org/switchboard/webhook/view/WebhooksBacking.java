package org.switchboard.webhook.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.webhook.boundary.EndpointSummary;
import org.switchboard.webhook.boundary.WebhookEndpoints;
import org.switchboard.webhook.entity.WebhookEventType;

import java.io.Serializable;
import java.util.List;

/**
 * Setup's Webhooks: the portal's endpoints and a dialog that adds one and shows its signing secret
 * once. Each endpoint's own page (portal/webhook.xhtml) changes it and shows its deliveries.
 */
@Named
@ViewScoped
public class WebhooksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    Tenant tenant;

    private List<EndpointSummary> rows;
    private List<WebhookEventType> offered;
    private EndpointForm form = EndpointForm.blank();
    /** The secret of the endpoint just added, shown once in the dialog and then forgotten. */
    private String secret;

    @PostConstruct
    public void load() {
        rows = endpoints.ofPortal(tenant.requirePortalId(), tenant.requireRealUserId());
        offered = endpoints.offered(tenant.requirePortalId());
    }

    public void startNew() {
        form = EndpointForm.blank();
        secret = null;
    }

    public void add() {
        String[] made = new String[1];
        if (Feedback.attempt("add webhook endpoint", () -> made[0] = endpoints.add(tenant.requirePortalId(),
                tenant.requireRealUserId(), form.getUrl(), form.getDescription(), form.chosen()).secret())) {
            secret = made[0];
            load();
        }
    }

    /** Closes the dialog; the secret is not kept. */
    public void done() {
        secret = null;
        PrimeFaces.current().executeScript("PF('newEndpoint').hide()");
    }

    public List<EndpointSummary> getRows() {
        return rows;
    }

    public List<WebhookEventType> getOffered() {
        return offered;
    }

    public EndpointForm getForm() {
        return form;
    }

    public String getSecret() {
        return secret;
    }
}
