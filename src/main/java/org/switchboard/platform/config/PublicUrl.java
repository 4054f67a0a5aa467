package org.switchboard.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The address people reach Switchboard at, for links in e-mails: {@code switchboard.public-url}
 * and nothing else. A link is never built from the request's Host header: anyone can send one, and
 * a password-reset mail would then carry a real token to the sender's site. Where the address is not
 * set, links cannot be mailed at all, which the log and the operator console say.
 */
@Named
@ApplicationScoped
public class PublicUrl {

    private static final Logger LOG = Logger.getLogger(PublicUrl.class.getName());

    @Inject
    @ConfigProperty(name = "switchboard.public-url")
    Optional<String> configured;

    /** Whether links can be mailed; the operator console warns when not. */
    public boolean isConfigured() {
        return configured.filter(url -> !url.isBlank()).isPresent();
    }

    /** A page's absolute URL, e.g. link("invitation.xhtml?token=…"); empty, and logged, where no address is set. */
    public Optional<String> link(String page) {
        if (!isConfigured()) {
            LOG.severe("No link to " + page.replaceAll("token=.*", "token=…")
                    + " can be mailed: switchboard.public-url (SWITCHBOARD_PUBLIC_URL) is not set");
            return Optional.empty();
        }
        String url = configured.get().strip();
        return Optional.of((url.endsWith("/") ? url : url + "/") + page);
    }

    /** The link, or a refusal whose message is for the form: nothing is saved without the mail it needs. */
    public String require(String page) {
        return link(page).orElseThrow(LinksOff::new);
    }

    /** Thrown where an action cannot go through without mailing a link. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class LinksOff extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public LinksOff() {
            super("E-mail links are off on this server until an operator sets its public address "
                    + "(switchboard.public-url). Nothing was sent or saved.");
        }
    }
}
