package org.switchboard.testsupport;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.identity.entity.User;

import java.time.Duration;

/**
 * Lets tests that drive the application over HTTP change what only an operator or time could:
 * deactivate a person, move the clock, read a value. Deployed only with the test helpers, never in the
 * shipped WAR.
 */
@WebServlet("/test-support")
public class TestSupportServlet extends SupportServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Rows rows;

    @Inject
    TestData data;

    @Inject
    org.switchboard.api.boundary.ApiTokens apiTokens;

    @Override
    protected String answer(String action, HttpServletRequest request) {
        return switch (action) {
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
            case "portal" -> portal(request);
            case "client" -> client(request);
            case "person" -> person(request);
            case "portal-member" -> portalMember(request);
            case "client-member" -> clientMember(request);
            case "operator" -> {
                data.operator(data.userByEmail(request.getParameter("email")));
                yield "ok";
            }
            case "lock" -> {
                data.lock(data.userByEmail(request.getParameter("email")));
                yield "ok";
            }
            case "world" -> world();
            case "api-token" -> apiToken(request);
            case "set-portal-role" -> {
                data.setPortalRole(data.userByEmail(request.getParameter("email")),
                        Long.parseLong(request.getParameter("portal")), PortalRole.valueOf(request.getParameter("role")));
                yield "ok";
            }
            case "assign-only" -> {
                data.assignOnly(data.userByEmail(request.getParameter("email")), Long.parseLong(request.getParameter("portal")),
                        java.util.Arrays.stream(request.getParameter("assigned").split(","))
                                .map(id -> rows.client(Long.parseLong(id.strip()))).toArray(ClientAccount[]::new));
                yield "ok";
            }
            default -> throw new IllegalArgumentException("Unknown test support action");
        };
    }

    /**
     * A portal: {@code kind}, {@code name} (a unique suffix is added), {@code pending} (not verified
     * yet). Answers its id and name.
     */
    private String portal(HttpServletRequest request) {
        Portal portal = data.portal(parameter(request, "name", "Portal"), PortalKind.valueOf(request.getParameter("kind")),
                Boolean.parseBoolean(request.getParameter("pending")));
        return "id=" + portal.getId() + "\nname=" + portal.getName() + "\n";
    }

    /**
     * A client account of {@code portal} (an id; none for a client of no portal): {@code name} (a
     * unique suffix is added), {@code status}, {@code plan}, {@code seats}, {@code allowPartnerLogin}
     * (default true), {@code cap} (the highest role partners get). Answers its id and name.
     */
    private String client(HttpServletRequest request) {
        Portal portal = request.getParameter("portal") == null ? null : rows.portal(Long.parseLong(request.getParameter("portal")));
        ClientAccount client = data.client(portal, TestData.unique(parameter(request, "name", "Client")),
                ClientStatus.valueOf(parameter(request, "status", "ACTIVE")), parameter(request, "plan", "growth"),
                Integer.parseInt(parameter(request, "seats", "5")));
        if (!Boolean.parseBoolean(parameter(request, "allowPartnerLogin", "true"))) {
            data.allowPartnerLogin(client, false);
        }
        if (request.getParameter("cap") != null) {
            data.capPartnerRole(client, ClientRole.valueOf(request.getParameter("cap")));
        }
        return "id=" + client.getId() + "\nname=" + client.getName() + "\n";
    }

    /** A person with a login: {@code first}, {@code last}, {@code mustChange}. Answers id and e-mail. */
    private String person(HttpServletRequest request) {
        User person = data.person(parameter(request, "first", "Test"), parameter(request, "last", "Person"),
                Boolean.parseBoolean(request.getParameter("mustChange")));
        return "id=" + person.getId() + "\nemail=" + person.getEmail() + "\n";
    }

    /**
     * {@code email} joins {@code portal} as {@code role}; a partner user with {@code assigned}
     * (comma-separated client ids) sees only those clients; {@code restricted} keeps them out of
     * clients' Settings.
     */
    private String portalMember(HttpServletRequest request) {
        User user = data.userByEmail(request.getParameter("email"));
        Portal portal = rows.portal(Long.parseLong(request.getParameter("portal")));
        String assigned = request.getParameter("assigned");
        var membership = assigned == null
                ? data.member(user, portal, PortalRole.valueOf(parameter(request, "role", "PORTAL_ADMIN")))
                : data.memberOfAssigned(user, portal, java.util.Arrays.stream(assigned.split(","))
                        .map(id -> rows.client(Long.parseLong(id.strip()))).toArray(ClientAccount[]::new));
        if (Boolean.parseBoolean(request.getParameter("restricted"))) {
            data.restrict(membership);
        }
        return "id=" + membership.getId() + "\n";
    }

    /**
     * An API token made by {@code email}, an admin of {@code portal}, as Setup makes one; then
     * {@code perMinute}, {@code scopes} (stored as given) and {@code expired} change it. Answers its
     * id and secret.
     */
    private String apiToken(HttpServletRequest request) {
        User owner = data.userByEmail(request.getParameter("email"));
        var issued = apiTokens.create(Long.parseLong(request.getParameter("portal")), owner.getId(),
                TestData.unique("Token"), java.util.EnumSet.allOf(org.switchboard.api.entity.ApiScope.class),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30));
        String perMinute = request.getParameter("perMinute");
        data.tuneToken(issued.id(), perMinute == null ? null : Integer.valueOf(perMinute), request.getParameter("scopes"),
                Boolean.parseBoolean(request.getParameter("expired")));
        return "id=" + issued.id() + "\nsecret=" + issued.secret() + "\n";
    }

    /** {@code email} joins client account {@code client} as {@code role}. */
    private String clientMember(HttpServletRequest request) {
        User user = data.userByEmail(request.getParameter("email"));
        var membership = data.member(user, rows.client(Long.parseLong(request.getParameter("client"))),
                ClientRole.valueOf(parameter(request, "role", "CLIENT_ADMIN")));
        return "id=" + membership.getId() + "\n";
    }

    private static String parameter(HttpServletRequest request, String name, String otherwise) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? otherwise : value;
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

        public Portal portal(long id) {
            return em.find(Portal.class, id);
        }

        public ClientAccount client(long id) {
            return em.find(ClientAccount.class, id);
        }

        /** The single value a JPQL query answers, e.g. a count or an id. */
        public Object scalar(String jpql) {
            return em.createQuery(jpql).getSingleResult();
        }
    }
}
