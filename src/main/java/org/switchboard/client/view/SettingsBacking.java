package org.switchboard.client.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.switchboard.client.boundary.ClientOverview;
import org.switchboard.client.boundary.ClientSettings;
import org.switchboard.client.boundary.ClientSnapshot;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;

/** client/settings.xhtml: Partner access — the linked portal and whether partners may sign in. */
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

    @PostConstruct
    void load() {
        snapshot = overview.snapshot(tenant.requireClientId()).orElseThrow();
        allowPartnerLogin = snapshot.allowPartnerLogin();
    }

    public void save() {
        boolean allowed = allowPartnerLogin;
        if (Feedback.attempt("partner login setting of client " + tenant.requireClientId(),
                () -> settings.allowPartnerLogin(tenant.requireClientId(), tenant.requireUserId(), allowed))) {
            Messages.addGlobalInfo(allowed ? "Your partner may now sign in to this account."
                    : "Your partner can no longer sign in to this account.");
        }
        load();
    }

    public ClientSnapshot getSnapshot() {
        return snapshot;
    }

    public boolean isAllowPartnerLogin() {
        return allowPartnerLogin;
    }

    public void setAllowPartnerLogin(boolean allowPartnerLogin) {
        this.allowPartnerLogin = allowPartnerLogin;
    }
}
