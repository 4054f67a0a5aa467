package org.switchboard.webhook.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an endpoint can listen to, named as receivers see them in a delivery's {@code type}. The
 * money events concern channel partners only and are offered only to their portals.
 */
public enum WebhookEventType {
    CLIENT_CREATED("client.created", "A client account was made in the portal (a trial, a subscription, a won referral)", false),
    CLIENT_STATUS_CHANGED("client.status_changed", "A client account became active, expired or cancelled", false),
    TRIAL_ENDING("trial.ending", "A client's trial ends within three days", false),
    SUBSCRIPTION_CHANGED("subscription.changed", "A subscription started, changed plan or seats, renewed or ended", false),
    SALE_RECORDED("sale.recorded", "A sale was recorded for the portal", true),
    EARNING_AVAILABLE("earning.available", "Earnings came out of their hold and will be paid by the next payout", true),
    PAYOUT_PAID("payout.paid", "A payout to the portal was paid", true),
    ACCESS_STARTED("access.started", "One of the portal's people signed in to a client account", false),
    ACCESS_ENDED("access.ended", "A visit to a client account ended", false),
    INVITATION_ACCEPTED("invitation.accepted", "An invitation of the portal's was accepted", false),
    /** Sent by the endpoint page's "Send test event", to every endpoint whatever it listens to. */
    TEST("webhook.test", "A test delivery sent from the endpoint's page", false);

    private final String code;
    private final String description;
    private final boolean channelPartnersOnly;

    WebhookEventType(String code, String description, boolean channelPartnersOnly) {
        this.code = code;
        this.description = description;
        this.channelPartnersOnly = channelPartnersOnly;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public boolean channelPartnersOnly() {
        return channelPartnersOnly;
    }

    /** Whether an endpoint may choose it (the test event is sent on request, never chosen). */
    public boolean choosable() {
        return this != TEST;
    }

    public static Optional<WebhookEventType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    /** The stored form: codes separated by spaces. */
    public static String join(Set<WebhookEventType> types) {
        return types.stream().sorted().map(WebhookEventType::code).collect(Collectors.joining(" "));
    }

    /** The types of a stored list; a code this version does not know is left out. */
    public static Set<WebhookEventType> split(String codes) {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String code : codes.trim().split("\\s+")) {
            ofCode(code).ifPresent(types::add);
        }
        return types;
    }
}
