package org.switchboard.platform.tenancy;

import java.util.Map;
import java.util.Optional;

/**
 * Every page of the application and who may open it. A page missing here is not served at all
 * (the AccessFilter answers 404), and a test fails for any page in the WAR that is not listed, so
 * a new page cannot ship without a rule.
 */
public final class Pages {

    /** Where a portal person lands, and where a visit returns when it knows no better page. */
    public static final String ACCOUNTS_PAGE = "/portal/accounts.xhtml";

    private static final Map<String, PageRule> RULES = Map.ofEntries(
            Map.entry("/login.xhtml", PageRule.PUBLIC),
            Map.entry("/help/getting-started.xhtml", PageRule.PUBLIC),
            Map.entry("/help/api.xhtml", PageRule.PUBLIC),
            Map.entry("/forgot-password.xhtml", PageRule.PUBLIC),
            Map.entry("/reset-password.xhtml", PageRule.PUBLIC),
            Map.entry("/invitation.xhtml", PageRule.PUBLIC),
            Map.entry("/home.xhtml", PageRule.SIGNED_IN),
            Map.entry("/change-password.xhtml", PageRule.SIGNED_IN),
            Map.entry("/portal/welcome.xhtml", PageRule.PORTAL_MEMBER),
            Map.entry("/portal/accounts.xhtml", PageRule.PORTAL_MEMBER),
            Map.entry("/portal/account.xhtml", PageRule.PORTAL_MEMBER),
            Map.entry("/portal/access-history.xhtml", PageRule.PORTAL_ADMIN),
            Map.entry("/portal/setup.xhtml", PageRule.PORTAL_ADMIN),
            Map.entry("/portal/webhook.xhtml", PageRule.PORTAL_ADMIN),
            Map.entry("/portal/new-account.xhtml", PageRule.PORTAL_MEMBER),
            Map.entry("/portal/referrals.xhtml", PageRule.PORTAL_MEMBER),
            Map.entry("/portal/earnings.xhtml", PageRule.CHANNEL_PARTNER),
            Map.entry("/client/dashboard.xhtml", PageRule.CLIENT_MEMBER),
            Map.entry("/client/jobs.xhtml", PageRule.CLIENT_MEMBER),
            Map.entry("/client/candidates.xhtml", PageRule.CLIENT_MEMBER),
            Map.entry("/client/users.xhtml", PageRule.CLIENT_MEMBER),
            Map.entry("/client/support.xhtml", PageRule.CLIENT_MEMBER),
            Map.entry("/client/shared-candidates.xhtml", PageRule.CLIENT_MEMBER),
            Map.entry("/client/settings.xhtml", PageRule.CLIENT_SETTINGS),
            Map.entry("/admin/portals.xhtml", PageRule.OPERATOR),
            Map.entry("/admin/clients.xhtml", PageRule.OPERATOR),
            Map.entry("/admin/audit.xhtml", PageRule.OPERATOR),
            Map.entry("/admin/plans.xhtml", PageRule.OPERATOR),
            Map.entry("/admin/referrals.xhtml", PageRule.OPERATOR),
            Map.entry("/admin/mail.xhtml", PageRule.OPERATOR),
            Map.entry("/admin/people.xhtml", PageRule.OPERATOR),
            Map.entry("/admin/support.xhtml", PageRule.OPERATOR),
            Map.entry("/admin/commissions.xhtml", PageRule.OPERATOR),
            Map.entry("/admin/payouts.xhtml", PageRule.OPERATOR));

    private Pages() {
    }

    public static Optional<PageRule> ruleFor(String servletPath) {
        return Optional.ofNullable(RULES.get(servletPath));
    }

    public static Map<String, PageRule> all() {
        return RULES;
    }

    /** The portal page a visit returns to, marked so that the page can say the visit ended. */
    public static String returnPage(VisitTicket ticket) {
        String page = ticket.returnTo() == null ? ACCOUNTS_PAGE : ticket.returnTo();
        return page + (page.contains("?") ? "&" : "?") + "visit=ended";
    }
}
