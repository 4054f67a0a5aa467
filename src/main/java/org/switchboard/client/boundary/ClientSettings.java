package org.switchboard.client.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.client.entity.ClientAccount;
import org.switchboard.identity.entity.ClientRole;

/** A client admin's settings of the account: for now, whether partners may sign in to it. */
@Stateless
public class ClientSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientPermissions permissions;

    @Inject
    ActivityLog activity;

    @Inject
    AuditLog audit;

    public void allowPartnerLogin(long clientId, long actorUserId, boolean allowed) {
        permissions.require(actorUserId, clientId, ClientRole.CLIENT_ADMIN);
        ClientAccount client = em.find(ClientAccount.class, clientId);
        if (client.isAllowPartnerLogin() == allowed) {
            return;
        }
        client.allowPartnerLogin(allowed);
        String change = allowed ? "Allowed the partner to sign in" : "Stopped the partner from signing in";
        activity.record(client, actorUserId, ActivityType.SETTINGS_CHANGED, change);
        audit.record(AuditEvent.of(AuditType.PARTNER_LOGIN_CONSENT_CHANGED).actor(actorUserId).client(clientId)
                .portal(client.getPortal() == null ? null : client.getPortal().getId()).detail(change));
    }
}
