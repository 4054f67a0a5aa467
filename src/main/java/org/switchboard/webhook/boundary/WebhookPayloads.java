package org.switchboard.webhook.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.billing.entity.Subscription;
import org.switchboard.platform.kernel.Money;
import org.switchboard.platform.kernel.WireName;

import java.time.temporal.Temporal;

/**
 * The objects deliveries carry, in the partner API's spelling: ids as numbers, enum values in
 * lower case, amounts as decimal strings beside their currency, times in ISO 8601 UTC.
 */
final class WebhookPayloads {

    private WebhookPayloads() {
    }

    static JsonObjectBuilder client(ClientAccount client) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", client.getId())
                .add("name", client.getName())
                .add("status", WireName.of(client.getStatus()))
                .add("plan", client.getPlanCode())
                .add("seats", client.getSeats());
        optional(json, "trialEndsAt", client.getTrialEndsAt());
        optional(json, "createdAt", client.getCreatedAt());
        return json;
    }

    static JsonObjectBuilder subscription(Subscription subscription) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", subscription.getId())
                .add("status", WireName.of(subscription.getStatus()))
                .add("plan", subscription.getPlan().getCode())
                .add("seats", subscription.getSeats())
                .add("billing", WireName.of(subscription.getBilling()))
                .add("currency", subscription.getCurrency());
        optional(json, "periodStart", subscription.getPeriodStart());
        optional(json, "periodEnd", subscription.getPeriodEnd());
        if (subscription.getNextPlan() != null) {
            json.add("nextPlan", subscription.getNextPlan().getCode());
        }
        if (subscription.getNextSeats() != null) {
            json.add("nextSeats", subscription.getNextSeats());
        }
        return json;
    }

    static JsonObjectBuilder money(Money money) {
        return Json.createObjectBuilder()
                .add("amount", money.amount().toPlainString())
                .add("currency", money.currency().getCurrencyCode());
    }

    static void optional(JsonObjectBuilder json, String name, Temporal when) {
        if (when != null) {
            json.add(name, when.toString());
        }
    }

    static void optional(JsonObjectBuilder json, String name, String text) {
        if (text != null) {
            json.add(name, text);
        }
    }

    static void optional(JsonObjectBuilder json, String name, Long number) {
        if (number != null) {
            json.add(name, number);
        }
    }
}
