package org.switchboard.client.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.client.boundary.CandidateSharing;
import org.switchboard.account.boundary.ClientPermissions;
import org.switchboard.platform.tenancy.Tenant;

/**
 * The signed-in person's role in the client account of this page, for showing only the actions
 * they may take. The services check again; this only spares people buttons that would refuse.
 */
@Named
@RequestScoped
public class Workspace {

    @Inject
    ClientPermissions permissions;

    @Inject
    CandidateSharing sharing;

    @Inject
    Tenant tenant;

    private ClientRole role;
    private Boolean candidateSharing;

    private ClientRole role() {
        if (role == null) {
            role = permissions.roleOf(tenant.requireUserId(), tenant.requireClientId()).orElse(ClientRole.VIEWER);
        }
        return role;
    }

    public boolean isAdmin() {
        return role().atLeast(ClientRole.CLIENT_ADMIN);
    }

    public boolean isDemo() {
        return permissions.isDemo(tenant.requireClientId());
    }

    public boolean isRecruiter() {
        return role().atLeast(ClientRole.RECRUITER);
    }

    /** Whether the account's portal shares candidates between its accounts. */
    public boolean isCandidateSharing() {
        if (candidateSharing == null) {
            candidateSharing = sharing.isOnFor(tenant.requireClientId());
        }
        return candidateSharing;
    }
}
