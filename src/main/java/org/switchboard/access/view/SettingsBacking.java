package org.switchboard.access.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.switchboard.access.boundary.AccessRecords;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.client.boundary.CandidateSharing;
import org.switchboard.client.boundary.ClientOverview;
import org.switchboard.client.boundary.ClientSettings;
import org.switchboard.client.boundary.ClientSnapshot;
import org.switchboard.client.boundary.ClientUsers;
import org.switchboard.client.boundary.PortalLink;
import org.switchboard.invitation.boundary.PartnerInvitations;
import org.switchboard.invitation.entity.Invitation;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * client/settings.xhtml: Partner access — the linked portal, whether partners may sign in and with
 * how much power, and every partner visit — and whether the account's candidates are shared. Partner access is the client's own decision: a partner
 * inside the account on a visit sees it but cannot change it.
 */
@Named
@RequestScoped
public class SettingsBacking {

    @Inject
    ClientUsers clientUsers;

    @Inject
    ClientSettings settings;

    @Inject
    ClientOverview overview;

    @Inject
    PartnerInvitations partners;

    @Inject
    PortalLink portalLink;

    @Inject
    CandidateSharing sharing;

    @Inject
    Tenant tenant;

    private ClientSnapshot snapshot;
    private boolean allowPartnerLogin;
    private ClientRole partnerRoleCap;
    private AccessRecords history;
    private List<Invitation> invitations = List.of();
    private String pendingPortalName;
    private List<ClientUsers.Member> addedByPartner = List.of();
    private boolean deactivateAddedByPartner;
    private String partnerEmail;
    private boolean portalSharesCandidates;
    private boolean sharesCandidates;

    @PostConstruct
    void load() {
        snapshot = overview.snapshot(tenant.requireClientId()).orElseThrow();
        allowPartnerLogin = snapshot.allowPartnerLogin();
        partnerRoleCap = snapshot.partnerRoleCap();
        history = AccessRecords.ofClient(tenant.requireClientId(), tenant.requireUserId());
        if (isOwnAdmin()) {
            invitations = partners.pendingOf(tenant.requireClientId(), tenant.requireUserId());
            addedByPartner = clientUsers.addedByPartner(tenant.requireClientId(), tenant.requireUserId());
        }
        pendingPortalName = overview.pendingPortalName(tenant.requireClientId()).orElse(null);
        portalSharesCandidates = sharing.isOnFor(tenant.requireClientId());
        sharesCandidates = settings.sharesCandidates(tenant.requireClientId());
    }

    public void saveSharing() {
        boolean shared = sharesCandidates;
        if (Feedback.attempt("candidate sharing of client " + tenant.requireClientId(),
                () -> settings.shareCandidates(tenant.requireClientId(), tenant.requireUserId(), shared))) {
            Messages.addGlobalInfo(shared
                    ? "Saved. Recruiters of your portal's other accounts can find and copy your candidates."
                    : "Saved. Your candidates are no longer shared.");
        }
        load();
    }

    public boolean isPortalSharesCandidates() {
        return portalSharesCandidates;
    }

    public boolean isSharesCandidates() {
        return sharesCandidates;
    }

    public void setSharesCandidates(boolean sharesCandidates) {
        this.sharesCandidates = sharesCandidates;
    }

    public void invitePartner() {
        String email = partnerEmail;
        AtomicReference<String> link = new AtomicReference<>();
        if (Feedback.attempt("invite a partner to client " + tenant.requireClientId(),
                () -> link.set(partners.invite(tenant.requireClientId(), tenant.requireUserId(), email)))) {
            Messages.addGlobalInfo("Invitation sent to " + email + ". If it does not arrive, give them this link "
                    + "(valid 7 days): " + link.get());
            partnerEmail = null;
        }
        load();
    }

    public void withdraw(long invitationId) {
        if (Feedback.attempt("withdraw partner invitation " + invitationId,
                () -> partners.revoke(tenant.requireClientId(), tenant.requireUserId(), invitationId))) {
            Messages.addGlobalInfo("Invitation withdrawn.");
        }
        load();
    }

    public void confirmMove() {
        if (Feedback.attempt("confirm the move of client " + tenant.requireClientId(),
                () -> portalLink.confirmMove(tenant.requireClientId(), tenant.requireUserId()))) {
            Messages.addGlobalInfo("Done: your new partner manages this account now. Turn partner login on when you are ready.");
        }
        load();
    }

    public void declineMove() {
        if (Feedback.attempt("decline the move of client " + tenant.requireClientId(),
                () -> portalLink.declineMove(tenant.requireClientId(), tenant.requireUserId()))) {
            Messages.addGlobalInfo("Declined; nothing changes.");
        }
        load();
    }

    public void unlink() {
        if (Feedback.attempt("unlink client " + tenant.requireClientId(),
                () -> portalLink.unlink(tenant.requireClientId(), tenant.requireUserId(), deactivateAddedByPartner))) {
            Messages.addGlobalInfo("Your former partner no longer manages this account and has lost all access to it.");
        }
        load();
    }

    /** Active people the partner added during visits: the client keeps them or not when it stops the partner. */
    public List<ClientUsers.Member> getAddedByPartner() {
        return addedByPartner;
    }

    public String getAddedByPartnerNames() {
        return addedByPartner.stream().map(m -> m.name() + " (" + m.email() + ")").collect(java.util.stream.Collectors.joining(", "));
    }

    public boolean isDeactivateAddedByPartner() {
        return deactivateAddedByPartner;
    }

    public void setDeactivateAddedByPartner(boolean deactivateAddedByPartner) {
        this.deactivateAddedByPartner = deactivateAddedByPartner;
    }

    public List<Invitation> getInvitations() {
        return invitations;
    }

    public String getPendingPortalName() {
        return pendingPortalName;
    }

    public String getPartnerEmail() {
        return partnerEmail;
    }

    public void setPartnerEmail(String partnerEmail) {
        this.partnerEmail = partnerEmail;
    }

    public void save() {
        boolean allowed = allowPartnerLogin;
        ClientRole cap = partnerRoleCap;
        boolean deactivateAdded = deactivateAddedByPartner;
        if (Feedback.attempt("partner access settings of client " + tenant.requireClientId(),
                () -> settings.changePartnerAccess(tenant.requireClientId(), tenant.requireUserId(), allowed, cap,
                        deactivateAdded))) {
            Messages.addGlobalInfo(allowed
                    ? "Saved. Your partner may sign in to this account with at most " + cap.label().toLowerCase() + " rights."
                    : "Saved. Your partner can no longer sign in to this account.");
        }
        load();
    }

    /** Whether the person is one of the client's own admins here, not a partner on a visit. */
    public boolean isOwnAdmin() {
        return tenant.visitHere().isEmpty();
    }

    public ClientSnapshot getSnapshot() {
        return snapshot;
    }

    public List<ClientRole> getRoles() {
        return List.of(ClientRole.values());
    }

    public AccessRecords getHistory() {
        return history;
    }

    public boolean isAllowPartnerLogin() {
        return allowPartnerLogin;
    }

    public void setAllowPartnerLogin(boolean allowPartnerLogin) {
        this.allowPartnerLogin = allowPartnerLogin;
    }

    public ClientRole getPartnerRoleCap() {
        return partnerRoleCap;
    }

    public void setPartnerRoleCap(ClientRole partnerRoleCap) {
        this.partnerRoleCap = partnerRoleCap;
    }
}
