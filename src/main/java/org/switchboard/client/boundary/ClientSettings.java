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

/**
 * A client admin's settings of the account: whether partners may sign in to it and with how much
 * power. Only the client's own admins change these, never a partner during a visit.
 */
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

    /** Both partner access settings of the Settings page, saved together or not at all. */
    public void changePartnerAccess(long clientId, long actorUserId, boolean allowed, ClientRole cap) {
        allowPartnerLogin(clientId, actorUserId, allowed);
        capPartnerRole(clientId, actorUserId, cap);
    }

    public void allowPartnerLogin(long clientId, long actorUserId, boolean allowed) {
        permissions.requireClientsOwnAdmin(actorUserId, clientId);
        ClientAccount client = em.find(ClientAccount.class, clientId);
        if (client.isAllowPartnerLogin() == allowed) {
            return;
        }
        if (client.isDemo()) {
            throw new Refused("This is the portal's demo account: its people always sign in to it.");
        }
        client.allowPartnerLogin(allowed);
        String change = allowed ? "Allowed the partner to sign in" : "Stopped the partner from signing in";
        activity.record(client, actorUserId, ActivityType.SETTINGS_CHANGED, change);
        audit.record(AuditEvent.of(AuditType.PARTNER_LOGIN_CONSENT_CHANGED).actor(actorUserId).client(clientId)
                .portal(client.getPortal() == null ? null : client.getPortal().getId()).detail(change));
    }

    /** The highest role partners get when they sign in as themselves (or as a user, whoever it is). */
    public void capPartnerRole(long clientId, long actorUserId, ClientRole cap) {
        permissions.requireClientsOwnAdmin(actorUserId, clientId);
        ClientAccount client = em.find(ClientAccount.class, clientId);
        if (client.getPartnerRoleCap() == cap) {
            return;
        }
        client.capPartnerRole(cap);
        String change = "Partners now get at most " + cap.label().toLowerCase() + " rights";
        activity.record(client, actorUserId, ActivityType.SETTINGS_CHANGED, change);
        audit.record(AuditEvent.of(AuditType.PARTNER_ROLE_CAP_CHANGED).actor(actorUserId).client(clientId)
                .portal(client.getPortal() == null ? null : client.getPortal().getId()).detail(change));
    }
}
