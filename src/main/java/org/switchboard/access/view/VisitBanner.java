package org.switchboard.access.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.switchboard.access.boundary.PartnerAccess;
import org.switchboard.access.boundary.VisitFacts;
import org.switchboard.platform.tenancy.CurrentAccount;
import org.switchboard.platform.tenancy.EndReason;
import org.switchboard.platform.tenancy.Pages;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.platform.tenancy.Visit;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The banner on every page during a partner visit: where you are, as whom, who you really are and
 * from which portal, how long the visit has left, and the way back.
 */
@Named
@RequestScoped
public class VisitBanner {

    @Inject
    Tenant tenant;

    @Inject
    PartnerAccess access;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Clock clock;

    private VisitFacts facts;

    private Optional<Visit> visit() {
        return tenant.visit();
    }

    public boolean isActive() {
        return visit().isPresent();
    }

    /** Whether this page is inside the visited client (else a portal page while the visit is open). */
    public boolean isInside() {
        return tenant.visitHere().isPresent();
    }

    public VisitFacts getFacts() {
        if (facts == null) {
            facts = visit().map(access::facts).orElse(null);
        }
        return facts;
    }

    public boolean isAsUser() {
        return visit().map(Visit::asUser).orElse(false);
    }

    public String getRealName() {
        return tenant.person().map(person -> person.displayName() + " <" + person.email() + ">").orElse("");
    }

    /** When the visit ends unless used again, in epoch milliseconds, for the countdown. */
    public long getEndsAtMillis() {
        return visit().map(v -> v.endsAt().toEpochMilli()).orElse(0L);
    }

    /** Whole minutes left, rounded up: a visit with 29 minutes and 30 seconds left "ends in 30 min". */
    public long getMinutesLeft() {
        return visit().map(v -> Math.max(0, (Duration.between(clock.instant(), v.endsAt()).toSeconds() + 59) / 60))
                .orElse(0L);
    }

    /** Ends the visit and returns to the portal page it started from; a POST that renews the session id. */
    public void backToPortal() throws IOException {
        Optional<Visit> visit = visit();
        String returnTo = visit.map(Visit::returnTo).orElse(Pages.ACCOUNTS_PAGE);
        visit.ifPresent(v -> access.end(v.accessSessionId(), tenant.requireRealUserId(), EndReason.BACK_TO_PORTAL));
        currentAccount.leaveVisit();
        Faces.getRequest().changeSessionId();
        Faces.redirect(Faces.getRequestContextPath() + returnTo);
    }
}
