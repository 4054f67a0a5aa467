package org.switchboard.testsupport;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A test helpers' servlet: a POST names its action in {@code do}; the answer is plain text, often
 * "name=value" lines (read with {@code WebClient.fields}). Deployed only with the test support.
 */
public abstract class SupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What the action does, answered as text; an unknown action is an IllegalArgumentException. */
    protected abstract String answer(String action, HttpServletRequest request);

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = answer(request.getParameter("do"), request);
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }
}
