package org.switchboard.support.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.switchboard.support.control.AttachmentCheck;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Answers an upload larger than the limit with a page that says so. The Faces servlet's
 * multipart-config (web.xml) makes the container stop reading a file once it passes
 * {@link AttachmentCheck#MAX_BYTES}, while it is still arriving, so an endless upload never
 * fills memory or disk; this filter asks for the parts first, and turns the container's refusal
 * (an IllegalStateException, as the Servlet specification says) into a 413 instead of a failed
 * page. The support pages also tell a browser the limit, so that a person is stopped before sending.
 */
public class OversizedUploads extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(OversizedUploads.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            try {
                request.getParts();
            } catch (IllegalStateException tooLarge) {
                refuse(request, response, tooLarge);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, IllegalStateException why)
            throws IOException {
        LOG.warning(() -> "Refused an upload over " + AttachmentCheck.MAX_BYTES / (1024 * 1024) + " MB to "
                + request.getRequestURI() + " from " + request.getRemoteAddr() + " by "
                + (request.getUserPrincipal() == null ? "nobody signed in" : request.getUserPrincipal().getName())
                + ": " + why.getMessage());
        response.reset();
        response.setStatus(413);
        // What is left of the body is not read: the connection closes after this answer.
        response.setHeader("Connection", "close");
        response.setContentType("text/html;charset=UTF-8");
        String back = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>File too large"
                + "</title></head><body><h1>The file is too large</h1><p id=\"upload-refused\">The file you sent is larger than "
                + AttachmentCheck.MAX_BYTES / (1024 * 1024) + " MB, the most an attachment may be. Nothing was saved.</p>"
                + "<p><a href=\"" + escape(back) + "\">Go back</a></p></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
