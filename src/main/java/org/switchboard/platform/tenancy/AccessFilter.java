package org.switchboard.platform.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.util.Servlets;
import org.switchboard.identity.boundary.AccountDirectory;
import org.switchboard.identity.boundary.PersonState;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one place that decides, for every page request, who is acting and in which account. The
 * container has already checked that the person is signed in (and an operator, for /admin); this
 * filter checks the live facts a login-time role cannot: the person is still active, has changed a
 * temporary password, and is a member of the portal or client account the page acts in. Anything
 * else gets a 404, so other tenants' accounts are not even confirmed to exist.
 */
public class AccessFilter extends HttpFilter {

    public static final String CHANGE_PASSWORD_PAGE = "/change-password.xhtml";
    public static final String LOGIN_PAGE = "/login.xhtml";

    private static final Logger LOG = Logger.getLogger(AccessFilter.class.getName());
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    AccountDirectory directory;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Tenant tenant;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        String caller = request.getRemoteUser();
        if (caller == null || path.startsWith(RESOURCES)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<PersonState> person = parseId(caller).flatMap(directory::person);
        if (person.isEmpty() || !person.get().active()) {
            endSession(request, response, caller);
            return;
        }
        long userId = person.get().userId();
        if (person.get().mustChangePassword() && !CHANGE_PASSWORD_PAGE.equals(path)) {
            Servlets.facesRedirect(request, response, request.getContextPath() + CHANGE_PASSWORD_PAGE);
            return;
        }
        Optional<AccountKind> area = areaOf(path);
        if (area.isEmpty()) {
            tenant.identify(person.get());
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountRef> account = accountFor(userId, area.get());
        if (account.isEmpty()) {
            LOG.info(() -> "No " + area.get() + " account for user " + userId + " at " + path);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        tenant.establish(person.get(), account.get());
        chain.doFilter(request, response);
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

    /** A deactivated or removed person is signed out at their next request, wherever they are. */
    private void endSession(HttpServletRequest request, HttpServletResponse response, String caller)
            throws IOException, ServletException {
        LOG.info(() -> "Ending the session of inactive or unknown user " + caller);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Servlets.facesRedirect(request, response, request.getContextPath() + LOGIN_PAGE + "?ended=true");
    }
}
