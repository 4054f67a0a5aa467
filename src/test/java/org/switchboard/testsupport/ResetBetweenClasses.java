package org.switchboard.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Objects;

/**
 * All test classes share one server, so state that tests may change in it statically (the shifted
 * clock, an armed payout crash, the loopback address's count of failed sign-ins) is put back whenever the in-container runner starts on a class other
 * than the last one: a class that forgot to clean up cannot leak into the next. Classes that move the
 * clock still put it back after each test themselves.
 */
@WebFilter("/ArquillianServletRunnerEE9")
public class ResetBetweenClasses extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static volatile String lastClass;

    @Inject
    TestData data;

    /** The class the in-container runner last ran tests of. */
    public static String lastClass() {
        return lastClass;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Read from the query string only: the runner's event commands carry a serialised body.
        String testClass = queryParameter(request.getQueryString(), "className");
        if (testClass != null && !Objects.equals(testClass, lastClass)) {
            lastClass = testClass;
            TestClock.reset();
            PayoutCrash.disarm();
            data.forgetLoopbackSignInFailures();
        }
        chain.doFilter(request, response);
    }

    private static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
