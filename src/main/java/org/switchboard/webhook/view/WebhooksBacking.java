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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
    private String url;
    private String description;
    private WebhookEventType[] events = {};
    /** The secret of the endpoint just added, shown once in the dialog and then forgotten. */
    private String secret;

    @PostConstruct
    public void load() {
        rows = endpoints.ofPortal(tenant.requirePortalId(), tenant.requireRealUserId()).stream().map(EndpointSummary::of).toList();
        offered = endpoints.offered(tenant.requirePortalId());
    }

    public void startNew() {
        url = null;
        description = null;
        events = new WebhookEventType[]{WebhookEventType.CLIENT_CREATED, WebhookEventType.CLIENT_STATUS_CHANGED};
        secret = null;
    }

    public void add() {
        Set<WebhookEventType> chosen = events == null || events.length == 0 ? Set.of() : EnumSet.copyOf(List.of(events));
        String[] made = new String[1];
        if (Feedback.attempt("add webhook endpoint", () -> made[0] = endpoints.add(tenant.requirePortalId(),
                tenant.requireRealUserId(), url, description, chosen).secret())) {
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

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public WebhookEventType[] getEvents() {
        return events;
    }

    public void setEvents(WebhookEventType[] events) {
        this.events = events;
    }

    public String getSecret() {
        return secret;
    }
}
