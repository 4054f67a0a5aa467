package org.switchboard.testsupport;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.switchboard.access.boundary.PartnerAccess;
import org.switchboard.account.boundary.AccountDirectory;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.platform.tenancy.Visit;
import org.switchboard.platform.tenancy.VisitTicket;

/** Makes an in-container test's request act inside a partner visit, as the AccessFilter would. */
@Dependent
public class Visits {

    @Inject
    PartnerAccess access;

    @Inject
    AccountDirectory directory;

    @Inject
    UserAccounts users;

    @Inject
    Tenant tenant;

    /** Resumes the visit of the partner {@code realUserId} and acts in it for the rest of this request. */
    public Visit enter(VisitTicket ticket, long realUserId) {
        Visit visit = access.resume(ticket, realUserId).orElseThrow();
        tenant.establishVisit(users.person(realUserId).orElseThrow(),
                users.person(visit.effectiveUserId()).orElseThrow(), visit);
        return visit;
    }
}
