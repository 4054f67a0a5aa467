package org.switchboard.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The resources the Welcome page links to, configured by the operator as
 * {@code switchboard.help-links=Title|URL;Title|URL} (default in META-INF/microprofile-config.properties).
 */
@ApplicationScoped
public class HelpLinks {

    public record Link(String title, String url) implements Serializable {
    }

    @Inject
    @ConfigProperty(name = "switchboard.help-links")
    Optional<String> configured;

    public List<Link> links() {
        return configured.map(text -> Arrays.stream(text.split(";"))
                        .map(String::strip)
                        .filter(entry -> entry.contains("|"))
                        .map(entry -> new Link(entry.substring(0, entry.indexOf('|')).strip(),
                                entry.substring(entry.indexOf('|') + 1).strip()))
                        .filter(link -> !link.title().isEmpty() && isSafe(link.url()))
                        .toList())
                .orElse(List.of());
    }

    /** Only web links and the application's own pages; never a javascript: URL from a typo'd setting. */
    private static boolean isSafe(String url) {
        return url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/");
    }
}
