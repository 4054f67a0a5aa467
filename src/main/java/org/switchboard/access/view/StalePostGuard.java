package org.switchboard.access.view;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.platform.tenancy.AccountRef;
import org.switchboard.platform.tenancy.Tenant;

import java.util.Map;
import java.util.logging.Logger;

/**
 * Refuses a form post or AJAX call made from a page rendered in another account or another partner
 * visit than the one the session is in now: a tab left open in a visit that ended, or in a client
 * the person has since switched away from. Each page remembers the account (and visit) it was
 * rendered in; a post whose page remembers another is not processed, is audited, and reloads the
 * page as it now is.
 */
public class StalePostGuard implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StalePostGuard.class.getName());
    static final String RENDERED_IN = "switchboard.renderedIn";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RESTORE_VIEW || !context.isPostback() || context.getViewRoot() == null) {
            return;
        }
        Map<String, Object> viewMap = context.getViewRoot().getViewMap(false);
        Object renderedIn = viewMap == null ? null : viewMap.get(RENDERED_IN);
        Tenant tenant = CDI.current().select(Tenant.class).get();
        String now = contextOf(tenant);
        if (renderedIn == null || renderedIn.equals(now)) {
            return;
        }
        LOG.info(() -> "Refused a post to " + context.getViewRoot().getViewId() + " rendered in " + renderedIn
                + " while the session is in " + now);
        tenant.person().ifPresent(person -> CDI.current().select(AuditLog.class).get().recordAlways(
                AuditEvent.of(AuditType.STALE_POST_REFUSED).actor(person.userId())
                        .detail(context.getViewRoot().getViewId() + " rendered in " + renderedIn + ", now " + now)));
        Messages.addFlashGlobalWarn("That page belonged to an account or visit you are no longer in, so nothing was "
                + "changed. Here it is as it is now.");
        Faces.redirect(Faces.getRequestURI());
        context.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE && context.getViewRoot() != null) {
            context.getViewRoot().getViewMap().putIfAbsent(RENDERED_IN,
                    contextOf(CDI.current().select(Tenant.class).get()));
        }
    }

    /** The account a request acts in and the visit, e.g. "C4051@V250", "P12", or "-" outside any account. */
    static String contextOf(Tenant tenant) {
        return tenant.account().map(AccountRef::key).orElse("-")
                + tenant.visitHere().map(visit -> "@V" + visit.accessSessionId()).orElse("");
    }
}
