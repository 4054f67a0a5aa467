package org.switchboard.client.boundary;

import org.switchboard.account.boundary.ClientPermissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.platform.kernel.Refused;

/**
 * A client admin's settings of the account: whether partners may sign in to it and with how much
 * power, and whether its candidates are shared within the portal. Only the client's own admins
 * change these, never a partner during a visit.
 */
@Stateless
public class ClientSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientUsers clientUsers;

    @Inject
    ClientPermissions permissions;

    @Inject
    ActivityLog activity;

    @Inject
    AuditLog audit;

    /** Both partner access settings of the Settings page, saved together or not at all. */
    /**
     * Partner login on or off, and the highest role. Turning it off, the client's own admins also
     * say whether the people the partner added during visits stay.
     */
    public void changePartnerAccess(long clientId, long actorUserId, boolean allowed, ClientRole cap,
                                    boolean deactivateAddedByPartner) {
        allowPartnerLogin(clientId, actorUserId, allowed);
        capPartnerRole(clientId, actorUserId, cap);
        if (!allowed && deactivateAddedByPartner) {
            clientUsers.deactivateAddedByPartner(clientId, actorUserId);
        }
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

    /**
     * Whether the portal's other clients may find and copy this client's candidates. The client's
     * own decision, like partner access; turning it off hides the candidates at once.
     */
    public void shareCandidates(long clientId, long actorUserId, boolean shared) {
        permissions.requireClientsOwnAdmin(actorUserId, clientId);
        ClientAccount client = em.find(ClientAccount.class, clientId);
        if (client.isSharesCandidates() == shared) {
            return;
        }
        if (shared && (client.getPortal() == null || !client.getPortal().isCandidateSharing())) {
            throw new Refused("Your portal does not share candidates between its accounts.");
        }
        client.shareCandidates(shared);
        String change = shared ? "Shared this account's candidates with the portal's other accounts"
                : "Stopped sharing this account's candidates";
        activity.record(client, actorUserId, ActivityType.SETTINGS_CHANGED, change);
        audit.record(AuditEvent.of(AuditType.CLIENT_CANDIDATE_SHARING_CHANGED).actor(actorUserId).client(clientId)
                .portal(client.getPortal() == null ? null : client.getPortal().getId()).detail(change));
    }

    public boolean sharesCandidates(long clientId) {
        return em.find(ClientAccount.class, clientId).isSharesCandidates();
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
