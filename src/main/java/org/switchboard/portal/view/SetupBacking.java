package org.switchboard.portal.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.switchboard.invitation.boundary.Invitations;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.portal.boundary.PortalLeavers;
import org.switchboard.portal.boundary.PortalPeople;
import org.switchboard.portal.boundary.PortalPerson;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * portal/setup.xhtml: the portal's people and its pending invitations, for its admins, with each
 * row's actions. The dialogs have beans of their own: {@link AddPortalUserBacking},
 * {@link EditPortalUserBacking} and {@link LeaverReportBacking}.
 */
@Named
@ViewScoped
public class SetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalPeople people;

    @Inject
    PortalLeavers leavers;

    @Inject
    Invitations invitations;

    @Inject
    Tenant tenant;

    private List<PortalPerson> persons;
    private List<PendingInvitation> pending;

    /** An invitation that can still be accepted, as the list shows it. */
    public record PendingInvitation(long id, String email, Instant sentAt, Instant expiresAt) implements Serializable {
    }

    /** Reads both lists again; the dialogs call it after a change. */
    @PostConstruct
    public void load() {
        long portal = tenant.requirePortalId();
        long admin = tenant.requireRealUserId();
        persons = people.people(portal, admin);
        pending = invitations.pendingOfPortal(portal).stream()
                .map(i -> new PendingInvitation(i.getId(), i.getEmail(), i.getCreatedAt(), i.getExpiresAt())).toList();
    }

    public void deactivate(long membershipId) {
        if (Feedback.attempt("deactivate portal person " + membershipId,
                () -> leavers.deactivate(tenant.requirePortalId(), tenant.requireRealUserId(), membershipId))) {
            Messages.addGlobalInfo("Deactivated. Every way they had into the portal's clients is closed.");
        }
        load();
    }

    public void reactivate(long membershipId) {
        if (Feedback.attempt("reactivate portal person " + membershipId,
                () -> leavers.reactivate(tenant.requirePortalId(), tenant.requireRealUserId(), membershipId))) {
            Messages.addGlobalInfo("Reactivated.");
        }
        load();
    }

    public void remove(long membershipId) {
        if (Feedback.attempt("remove portal person " + membershipId,
                () -> leavers.remove(tenant.requirePortalId(), tenant.requireRealUserId(), membershipId))) {
            Messages.addGlobalInfo("Removed from the portal.");
        }
        load();
    }

    public void resend(long membershipId) {
        if (Feedback.attempt("resend invitation of portal person " + membershipId,
                () -> people.resendInvitation(tenant.requirePortalId(), tenant.requireRealUserId(), membershipId))) {
            Messages.addGlobalInfo("A new invitation is on its way; the earlier link no longer works.");
        }
        load();
    }

    public void revoke(long invitationId) {
        if (Feedback.attempt("revoke invitation " + invitationId,
                () -> invitations.revokeOfPortal(tenant.requirePortalId(), tenant.requireRealUserId(), invitationId))) {
            Messages.addGlobalInfo("Invitation withdrawn.");
        }
        load();
    }

    public List<PortalPerson> getPersons() {
        return persons;
    }

    public List<PendingInvitation> getPending() {
        return pending;
    }
}
