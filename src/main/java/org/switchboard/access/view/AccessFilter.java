package org.switchboard.access.view;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.util.Servlets;
import org.switchboard.access.boundary.PartnerAccess;
import org.switchboard.account.boundary.AccountDirectory;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.account.boundary.ClientPermissions;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.platform.tenancy.AccountKind;
import org.switchboard.platform.tenancy.AccountRef;
import org.switchboard.platform.tenancy.CurrentAccount;
import org.switchboard.platform.tenancy.EndReason;
import org.switchboard.platform.tenancy.PageRule;
import org.switchboard.platform.tenancy.Pages;
import org.switchboard.platform.tenancy.PersonState;
import org.switchboard.platform.tenancy.SessionCredentials;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.platform.tenancy.Visit;
import org.switchboard.platform.tenancy.VisitTicket;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one place that decides, for every page request (GET, form post or AJAX), who is acting, in
 * which account, and whether they may open the page. The container has already checked that the
 * person is signed in (and an operator, for /admin); this filter checks the live facts a login-time
 * role cannot: the page has a rule at all ({@link Pages}), the person is still active and has
 * changed a temporary password, they are a member of the portal or client the page acts in — or on
 * a partner visit that is still open, within its limits and still allowed — and they hold the role
 * the page needs. Other tenants' accounts get a 404, so they are not even confirmed to exist; a
 * page of one's own account that needs more rights gets a 403.
 */
public class AccessFilter extends HttpFilter {

    public static final String CHANGE_PASSWORD_PAGE = "/change-password.xhtml";
    public static final String LOGIN_PAGE = "/login.xhtml";

    private static final Logger LOG = Logger.getLogger(AccessFilter.class.getName());
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    AccountDirectory directory;

    @Inject
    UserAccounts users;

    @Inject
    ClientPermissions permissions;

    @Inject
    PartnerAccess partnerAccess;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Clock clock;

    @Inject
    SessionCredentials credentials;

    @Inject
    Tenant tenant;

    @Inject
    PortalPermissions portalPermissions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (path.startsWith(RESOURCES)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<PageRule> rule = Pages.ruleFor(path);
        if (rule.isEmpty()) {
            LOG.warning(() -> "No access rule for page " + path + "; not served");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String caller = request.getRemoteUser();
        if (caller == null) {
            if (rule.get() == PageRule.PUBLIC) {
                chain.doFilter(request, response);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        Optional<PersonState> found = parseId(caller).flatMap(users::person);
        if (found.isEmpty() || !found.get().active()) {
            endSession(request, response, caller);
            return;
        }
        PersonState person = found.get();
        if (!credentials.stillCurrent(person.passwordSetAt(), person.sessionsEndedAt(), clock.instant())) {
            LOG.info(() -> "Ending a session of user " + caller + ": the password changed or its sessions were ended since it signed in");
            signOut(request, response, LOGIN_PAGE + "?ended=true");
            return;
        }
        // Nothing else until then, public pages that act (accepting an invitation) included.
        if (person.mustChangePassword() && !CHANGE_PASSWORD_PAGE.equals(path)) {
            Servlets.facesRedirect(request, response, request.getContextPath() + CHANGE_PASSWORD_PAGE);
            return;
        }
        Optional<VisitTicket> ticket = currentAccount.visit();
        Optional<Visit> visit = ticket.flatMap(t -> partnerAccess.resume(t, person.userId()));
        if (ticket.isPresent() && visit.isEmpty()) {
            currentAccount.leaveVisit();
        }
        Optional<AccountKind> area = areaOf(path);
        if (area.isEmpty()) {
            tenant.identify(person);
            visit.ifPresent(tenant::noteVisit);
        } else if (area.get() == AccountKind.CLIENT && visit.isPresent()) {
            Optional<PersonState> actingAs = visit.get().asUser()
                    ? users.person(visit.get().effectiveUserId()) : Optional.of(person);
            if (actingAs.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            tenant.establishVisit(person, actingAs.get(), visit.get());
        } else if (area.get() == AccountKind.CLIENT && ticket.isPresent()) {
            // The visit ended (idle, time limit, consent withdrawn): back to the portal page it
            // started from; whatever this request asked for is not done.
            LOG.info(() -> "Visit " + ticket.get().accessSessionId() + " of user " + person.userId() + " is over");
            Servlets.facesRedirect(request, response, request.getContextPath() + Pages.returnPage(ticket.get()));
            return;
        } else {
            Optional<AccountRef> account = accountFor(person.userId(), area.get());
            if (account.isEmpty()) {
                LOG.info(() -> "No " + area.get() + " account for user " + person.userId() + " at " + path);
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            tenant.establish(person, account.get());
            visit.ifPresent(tenant::noteVisit);
        }
        if (!permits(rule.get(), person)) {
            LOG.info(() -> "User " + person.userId() + " lacks the rights for " + path + " (" + rule.get() + ")");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The role checks of a page, once the account it acts in is established. */
    private boolean permits(PageRule rule, PersonState person) {
        return switch (rule) {
            case PUBLIC, SIGNED_IN, PORTAL_MEMBER, CLIENT_MEMBER -> true;
            case PORTAL_ADMIN -> portalPermissions.isAdmin(person.userId(), tenant.requirePortalId());
            case CHANNEL_PARTNER -> portalPermissions.followsEarnings(person.userId(), tenant.requirePortalId());
            case CLIENT_SETTINGS -> permissions.mayOpenSettings(tenant.requireUserId(), tenant.requireClientId());
            case OPERATOR -> person.operator();
        };
    }

    /** The account chosen earlier if the person may still enter it, else the first they belong to. */
    private Optional<AccountRef> accountFor(long userId, AccountKind kind) {
        Optional<AccountRef> chosen = currentAccount.chosen(kind).filter(account -> directory.mayEnter(userId, account));
        if (chosen.isPresent()) {
            return chosen;
        }
        currentAccount.forget(kind);
        Optional<AccountRef> first = directory.firstAccount(userId, kind);
        first.ifPresent(currentAccount::choose);
        return first;
    }

    private static Optional<AccountKind> areaOf(String path) {
        for (AccountKind kind : AccountKind.values()) {
            if (path.startsWith(kind.area())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> parseId(String caller) {
        try {
            return Optional.of(Long.parseLong(caller));
        } catch (NumberFormatException notOurPrincipal) {
            return Optional.empty();
        }
    }

    /** A deactivated or removed person is signed out at their next request, wherever they are; their visits end. */
    private void endSession(HttpServletRequest request, HttpServletResponse response, String caller)
            throws IOException, ServletException {
        LOG.info(() -> "Ending the session of inactive or unknown user " + caller);
        parseId(caller).ifPresent(id -> partnerAccess.endAllOf(id, EndReason.DEACTIVATED));
        signOut(request, response, LOGIN_PAGE + "?ended=true");
    }

    private void signOut(HttpServletRequest request, HttpServletResponse response, String page)
            throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Servlets.facesRedirect(request, response, request.getContextPath() + page);
    }
}
