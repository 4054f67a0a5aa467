package org.switchboard.testsupport;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import org.switchboard.client.entity.ClientAccount;
import org.switchboard.client.entity.ClientStatus;
import org.switchboard.identity.entity.ClientRole;
import org.switchboard.identity.entity.PortalRole;
import org.switchboard.identity.entity.User;
import org.switchboard.portal.entity.Portal;
import org.switchboard.portal.entity.PortalKind;

import java.io.IOException;
import java.time.Duration;

/**
 * Lets tests that drive the application over HTTP change what only an operator or time could:
 * deactivate a person, move the clock, read a value. Deployed only with the test helpers, never in the
 * shipped WAR.
 */
@WebServlet("/test-support")
public class TestSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Rows rows;

    @Inject
    TestData data;

    @Inject
    org.switchboard.billing.boundary.SalesLedger sales;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = switch (request.getParameter("do")) {
            case "deactivate" -> String.valueOf(rows.setActive(request.getParameter("email"), false));
            case "reactivate" -> String.valueOf(rows.setActive(request.getParameter("email"), true));
            case "advance-clock" -> {
                TestClock.advance(Duration.ofMinutes(Long.parseLong(request.getParameter("minutes"))));
                yield "ok";
            }
            case "reset-clock" -> {
                TestClock.reset();
                yield "ok";
            }
            case "scalar" -> String.valueOf(rows.scalar(request.getParameter("jpql")));
            case "world" -> world();
            case "channel-earning" -> channelEarning(java.time.LocalDate.parse(request.getParameter("day")));
            default -> throw new IllegalArgumentException("Unknown test support action");
        };
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }

    /**
     * A world of its own for one test: a verified portal with its admin and a managed client with its
     * admin, and a client of no portal with its admin. Answers "name=value" lines; every password is
     * {@link TestData#PASSWORD}.
     */
    private String world() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        User portalAdmin = data.person();
        data.member(portalAdmin, portal, PortalRole.PORTAL_ADMIN);
        ClientAccount managed = data.client(portal, ClientStatus.ACTIVE);
        User managedAdmin = data.person();
        data.member(managedAdmin, managed, ClientRole.CLIENT_ADMIN);
        ClientAccount independent = data.client(null, ClientStatus.ACTIVE);
        User independentAdmin = data.person();
        data.member(independentAdmin, independent, ClientRole.CLIENT_ADMIN);
        return "portal=" + portal.getName() + "\nportalId=" + portal.getId() + "\nportalAdmin=" + portalAdmin.getEmail()
                + "\nmanaged=" + managed.getName() + "\nmanagedId=" + managed.getId()
                + "\nmanagedAdmin=" + managedAdmin.getEmail() + "\nindependent=" + independent.getName()
                + "\nindependentId=" + independent.getId() + "\nindependentAdmin=" + independentAdmin.getEmail() + "\n";
    }

    /**
     * A channel portal of its own with a plan from 2023 (no hold, threshold 50.00) and one NEW sale
     * of 500.00 on {@code day}, recorded through the sales ledger: an earning of 100.00 to pay.
     * Answers the portal's id.
     */
    private String channelEarning(java.time.LocalDate day) {
        Portal portal = data.portal(PortalKind.CHANNEL_PARTNER);
        ClientAccount client = data.client(portal, ClientStatus.ACTIVE);
        var subscription = data.subscription(client, "growth", 5);
        data.commissionPlan(portal, java.time.LocalDate.of(2023, 1, 1), new org.switchboard.earnings.control.CommissionTerms(
                java.util.Map.of(org.switchboard.billing.entity.SaleType.NEW, new java.math.BigDecimal("20")), java.util.List.of(),
                org.switchboard.billing.control.Money.of("0.00", "EUR"), 0, 90,
                org.switchboard.billing.control.Money.of("50.00", "EUR")));
        sales.record(new org.switchboard.billing.entity.Sale(TestData.unique("NEW"), org.switchboard.billing.entity.SaleType.NEW,
                portal.getId(), client.getId(), subscription.getId(), org.switchboard.billing.control.Money.of("500.00", "EUR"),
                day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC), "A sale for a test", null));
        return String.valueOf(portal.getId());
    }

    /** The changes, each in its own transaction. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Rows {

        @PersistenceContext
        EntityManager em;

        @Transactional
        public int setActive(String email, boolean active) {
            User user = em.createQuery("select u from User u where u.email = :email", User.class)
                    .setParameter("email", email).getSingleResult();
            if (active) {
                user.activate();
            } else {
                user.deactivate();
            }
            return 1;
        }

        /** The single value a JPQL query answers, e.g. a count or an id. */
        public Object scalar(String jpql) {
            return em.createQuery(jpql).getSingleResult();
        }
    }
}
