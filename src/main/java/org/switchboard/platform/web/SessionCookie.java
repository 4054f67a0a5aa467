package org.switchboard.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is HttpOnly and SameSite=Lax (web.xml) and, over HTTPS, Secure (Payara marks
 * it so for a secure request). Behind a proxy that ends TLS the server sees plain HTTP, so there
 * {@code switchboard.secure-cookie=true} makes the cookie Secure always.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent started) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("switchboard.secure-cookie", Boolean.class).orElse(false);
        if (secure) {
            started.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
