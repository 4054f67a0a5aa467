package org.switchboard.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.switchboard.access.boundary.PartnerAccess;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.platform.tenancy.EndReason;
import org.switchboard.platform.tenancy.VisitTicket;
import org.switchboard.portal.boundary.DemoClients;

import java.util.Optional;

/**
 * What the partner access and Accounts tests need beyond {@link TestSupportServlet}'s rows: a past
 * partner visit, for the access histories to show, and a portal's demo account. Both are made by the
 * application's own boundaries, as the product would make them. Deployed only with the test helpers.
 */
@WebServlet("/test-support/access")
public class AccessSupportServlet extends SupportServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TestData data;

    @Inject
    TestSupportServlet.Rows rows;

    @Inject
    PartnerAccess access;

    @Inject
    DemoClients demoClients;

    @Override
    protected String answer(String action, HttpServletRequest request) {
        return switch (action) {
            case "past-visit-as-user" -> pastVisitAsUser(request);
            case "demo-account" -> demoAccount(request);
            default -> throw new IllegalArgumentException("Unknown access test support action");
        };
    }

    /**
     * {@code partner} (an e-mail) of {@code portal} signs in to {@code client} as {@code user} (an
     * e-mail) for {@code reason}, makes {@code changes} changes there when given ("Change 0001"
     * onwards), and goes back to the portal: a finished visit, started and ended
     * through {@link PartnerAccess} so that every rule and the audit apply. Answers its id.
     */
    private String pastVisitAsUser(HttpServletRequest request) {
        long portalId = Long.parseLong(request.getParameter("portal"));
        long partnerId = data.userByEmail(request.getParameter("partner")).getId();
        VisitTicket visit = access.startAsUser(portalId, partnerId, Long.parseLong(request.getParameter("client")),
                data.userByEmail(request.getParameter("user")).getId(), request.getParameter("reason"), Optional.empty(),
                "portal/accounts.xhtml");
        String changes = request.getParameter("changes");
        if (changes != null) {
            data.changesDuringVisit(rows.client(Long.parseLong(request.getParameter("client"))), visit.accessSessionId(),
                    data.userByEmail(request.getParameter("partner")), Integer.parseInt(changes));
        }
        access.end(visit.accessSessionId(), partnerId, EndReason.BACK_TO_PORTAL);
        return "id=" + visit.accessSessionId() + "\n";
    }

    /** Gives {@code portal} its demo account, as a portal made in the product gets one. Answers its id and name. */
    private String demoAccount(HttpServletRequest request) {
        ClientAccount demo = demoClients.createFor(rows.portal(Long.parseLong(request.getParameter("portal"))));
        return "id=" + demo.getId() + "\nname=" + demo.getName() + "\n";
    }
}
