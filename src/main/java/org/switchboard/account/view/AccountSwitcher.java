package org.switchboard.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.switchboard.account.boundary.AccountChoice;
import org.switchboard.account.boundary.AccountDirectory;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.platform.tenancy.AccountKind;
import org.switchboard.platform.tenancy.AccountRef;
import org.switchboard.platform.tenancy.CurrentAccount;
import org.switchboard.platform.tenancy.EndReason;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.platform.tenancy.VisitEnding;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The dropdown on the company name: every account the person belongs to. Choosing one is a POST
 * whose account key is checked again on the server, never trusted from the form. Switching ends
 * any partner visit the person is on.
 */
@Named
@RequestScoped
public class AccountSwitcher {

    private static final Logger LOG = Logger.getLogger(AccountSwitcher.class.getName());

    @Inject
    AccountDirectory directory;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Tenant tenant;

    @Inject
    AuditLog audit;

    @Inject
    Event<VisitEnding> visitEnding;

    private List<AccountChoice> choices;

    public List<AccountChoice> getChoices() {
        if (choices == null) {
            choices = tenant.person().map(person -> directory.accountsOf(person.userId())).orElse(List.of());
        }
        return choices;
    }

    /**
     * The name on the button: the account this page acts in, or a prompt where it acts in none.
     * Inside a partner visit the template shows the visited client's name from the visit banner.
     */
    public String getCurrentName() {
        return tenant.account()
                .flatMap(current -> getChoices().stream().filter(choice -> choice.account().equals(current)).findFirst())
                .map(AccountChoice::name)
                .orElse("Your accounts");
    }

    public void switchTo(String key) throws IOException {
        long userId = tenant.requireRealUserId();
        Optional<AccountRef> account = AccountRef.parse(key).filter(ref -> directory.mayEnter(userId, ref));
        if (account.isEmpty()) {
            LOG.warning(() -> "Refused switch of user " + userId + " to account " + key);
            audit.recordAlways(AuditEvent.of(AuditType.ACCESS_DENIED).actor(userId).detail("switch to " + key));
            Messages.addGlobalError("That account is not available to you.");
            return;
        }
        AccountRef target = account.get();
        tenant.visit().ifPresent(visit -> {
            visitEnding.fire(new VisitEnding(visit.accessSessionId(), userId, EndReason.SWITCHED_ACCOUNT));
            currentAccount.leaveVisit();
            Faces.getRequest().changeSessionId();
        });
        currentAccount.choose(target);
        audit.record(AuditEvent.of(AuditType.ACCOUNT_SWITCHED).actor(userId)
                .portal(target.kind() == AccountKind.PORTAL ? target.id() : null)
                .client(target.kind() == AccountKind.CLIENT ? target.id() : null));
        Faces.redirect(target.kind() == AccountKind.PORTAL ? "portal/welcome.xhtml" : "client/dashboard.xhtml");
    }
}
