package org.switchboard.testsupport;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import org.switchboard.identity.entity.User;

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
            default -> throw new IllegalArgumentException("Unknown test support action");
        };
        response.setContentType("text/plain");
        response.getWriter().write(answer);
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
