package org.switchboard.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The address people reach Switchboard at, for links in e-mails: {@code switchboard.public-url}
 * when set (behind a proxy it must be), else the address of the request that sent the e-mail.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "switchboard.public-url")
    Optional<String> configured;

    @Inject
    BeanManager beans;

    @Inject
    HttpServletRequest request;

    /** A page's absolute URL, e.g. of("invitation.xhtml?token=…"). */
    public String of(String page) {
        return base() + page;
    }

    private String base() {
        if (configured.isPresent() && !configured.get().isBlank()) {
            String url = configured.get().strip();
            return url.endsWith("/") ? url : url + "/";
        }
        try {
            if (beans.getContext(RequestScoped.class).isActive()) {
                String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                        || (request.getScheme().equals("https") && request.getServerPort() == 443)
                        ? "" : ":" + request.getServerPort();
                return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/";
            }
        } catch (RuntimeException noHttpRequest) {
            // A timer or batch thread: fall through to the default.
        }
        return "http://localhost:8080/";
    }
}
