package org.switchboard.client.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.switchboard.access.view.AccessRecords;
import org.switchboard.client.boundary.ClientOverview;
import org.switchboard.client.boundary.ClientSettings;
import org.switchboard.client.boundary.ClientSnapshot;
import org.switchboard.identity.entity.ClientRole;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;

import java.util.List;

/**
 * client/settings.xhtml: Partner access — the linked portal, whether partners may sign in and with
 * how much power, and every partner visit. Partner access is the client's own decision: a partner
 * inside the account on a visit sees it but cannot change it.
 */
@Named
@RequestScoped
public class SettingsBacking {

    @Inject
    ClientSettings settings;

    @Inject
    ClientOverview overview;

    @Inject
    Tenant tenant;

    private ClientSnapshot snapshot;
    private boolean allowPartnerLogin;
    private ClientRole partnerRoleCap;
    private AccessRecords history;

    @PostConstruct
    void load() {
        snapshot = overview.snapshot(tenant.requireClientId()).orElseThrow();
        allowPartnerLogin = snapshot.allowPartnerLogin();
        partnerRoleCap = snapshot.partnerRoleCap();
        history = AccessRecords.ofClient(tenant.requireClientId(), tenant.requireUserId());
    }

    public void save() {
        boolean allowed = allowPartnerLogin;
        ClientRole cap = partnerRoleCap;
        if (Feedback.attempt("partner access settings of client " + tenant.requireClientId(),
                () -> settings.changePartnerAccess(tenant.requireClientId(), tenant.requireUserId(), allowed, cap))) {
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
