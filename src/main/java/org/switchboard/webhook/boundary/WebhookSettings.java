package org.switchboard.webhook.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.webhook.control.EndpointAddress;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The operator's webhook setting {@code switchboard.webhooks.trusted-hosts}: hosts (names or
 * addresses, comma-separated) that endpoints may reach over plain HTTP and on private or loopback
 * addresses, e.g. a receiver inside the operator's own network. Empty by default: every endpoint
 * must be public and HTTPS.
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "switchboard.webhooks.trusted-hosts")
    Optional<String> trustedHosts;

    private EndpointAddress addresses;

    @PostConstruct
    void read() {
        addresses = new EndpointAddress(trusted(), EndpointAddress.DNS);
    }

    /** The address check, with the trusted hosts read once at start. */
    public EndpointAddress addresses() {
        return addresses;
    }

    Set<String> trusted() {
        return trustedHosts.map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }
}
