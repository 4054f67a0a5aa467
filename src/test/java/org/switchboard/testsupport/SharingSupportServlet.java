package org.switchboard.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.switchboard.client.boundary.CandidateService;
import org.switchboard.client.boundary.ClientSettings;
import org.switchboard.client.boundary.JobService;


/**
 * Builds what candidate sharing needs over HTTP, for tests that drive the server from outside: a
 * portal that shares candidates, a client that opts in, open jobs and the candidates who applied
 * to them. Jobs, applications and a client's opting in go through the workspace's own services, as
 * a client's people would make them; only the portal's switch, which is the operator's, is set
 * directly. Deployed only with the test helpers, never in the shipped WAR.
 */
@WebServlet("/test-support/sharing")
public class SharingSupportServlet extends SupportServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TestData data;

    @Inject
    TestSupportServlet.Rows rows;

    @Inject
    ClientSettings settings;

    @Inject
    JobService jobs;

    @Inject
    CandidateService candidates;

    @Override
    protected String answer(String action, HttpServletRequest request) {
        return switch (action) {
            case "portal-shares" -> {
                // The operator's switch on the Portals page; the portal's clients still opt in one by one.
                data.shareCandidates(rows.portal(id(request, "portal")), true);
                yield "ok";
            }
            case "client-shares" -> {
                settings.shareCandidates(id(request, "client"), person(request), true);
                yield "ok";
            }
            case "job" -> String.valueOf(jobs.create(id(request, "client"), person(request),
                    new JobService.JobDetails(request.getParameter("title"), null, null)).getId());
            case "candidate" -> String.valueOf(candidates.apply(id(request, "client"), id(request, "job"), person(request),
                    request.getParameter("name"), request.getParameter("email")).getId());
            default -> throw new IllegalArgumentException("Unknown candidate sharing action");
        };
    }

    private static long id(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }

    /** The member of the client who does it, by {@code by}, their e-mail address. */
    private long person(HttpServletRequest request) {
        return data.userByEmail(request.getParameter("by")).getId();
    }
}
