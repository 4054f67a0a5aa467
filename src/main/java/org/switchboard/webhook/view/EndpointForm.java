package org.switchboard.webhook.view;

import org.switchboard.webhook.boundary.EndpointSummary;
import org.switchboard.webhook.entity.WebhookEventType;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What an admin types for an endpoint, in Setup's Add dialog and on the endpoint's page. */
public class EndpointForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String url;
    private String description;
    private WebhookEventType[] events = {};

    /** A new endpoint's form: the client events ticked, as most receivers want them. */
    static EndpointForm blank() {
        EndpointForm form = new EndpointForm();
        form.events = new WebhookEventType[]{WebhookEventType.CLIENT_CREATED, WebhookEventType.CLIENT_STATUS_CHANGED};
        return form;
    }

    static EndpointForm of(EndpointSummary endpoint) {
        EndpointForm form = new EndpointForm();
        form.url = endpoint.url();
        form.description = endpoint.description();
        form.events = endpoint.events().stream().sorted().toArray(WebhookEventType[]::new);
        return form;
    }

    /** The events ticked; none is a choice the boundary refuses with its own words. */
    Set<WebhookEventType> chosen() {
        return events == null || events.length == 0 ? Set.of() : EnumSet.copyOf(List.of(events));
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
}
