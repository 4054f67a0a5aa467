package org.switchboard.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The network address a request came from, for the audit; none for work done off a request. */
@ApplicationScoped
public class RequestOrigin {

    @Inject
    BeanManager beans;

    @Inject
    HttpServletRequest request;

    public String address() {
        try {
            return beans.getContext(RequestScoped.class).isActive() ? request.getRemoteAddr() : null;
        } catch (RuntimeException noHttpRequest) {
            // A timer or batch thread has a request context but no HTTP request behind it.
            return null;
        }
    }
}
