package org.switchboard.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The headers every response carries, set in one place before anything is written:
 * <ul>
 * <li>no framing by other sites (clickjacking): {@code frame-ancestors 'none'} and X-Frame-Options;
 * no plugins, no foreign base URL, forms post only here. Scripts are PrimeFaces' part: its CSP mode
 * ({@code primefaces.CSP} in web.xml) sends a second policy, {@code script-src 'self' 'nonce-…'},
 * with a fresh nonce for every page, and browsers enforce both.</li>
 * <li>no content-type guessing;</li>
 * <li>no referrer: pages carry tokens in their address (invitations, resets), never to be passed on;</li>
 * <li>no caching of pages, signed in or carrying a token, so a shared browser keeps nothing (static
 * resources, which carry a version, may be cached);</li>
 * <li>HSTS when the request came over HTTPS.</li>
 * </ul>
 * Mapped first in web.xml, for requests and error pages, so that refusals (403, 404) carry them too.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String RESOURCES = "/jakarta.faces.resource/";

    private static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!request.getServletPath().startsWith(RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
