package org.switchboard.portal.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.ClientFigures;
import org.switchboard.account.boundary.Memberships;
import org.switchboard.account.boundary.PortalOpened;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.identity.boundary.UserAccounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Every portal's own demo client account, for showing the product to prospects: made with the
 * portal, full of sample work dated back from today, entered like any client, never billed and
 * never counted. A portal admin resets it to fresh sample work in one action.
 */
@Stateless
public class DemoClients {

    private static final Logger LOG = Logger.getLogger(DemoClients.class.getName());
    private static final String[][] PEOPLE = {{"Ada", "Byrne", "CLIENT_ADMIN"}, {"Ben", "Okafor", "RECRUITER"},
            {"Grace", "Kim", "RECRUITER"}, {"Hugo", "Silva", "VIEWER"}};

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts users;

    @Inject
    Memberships memberships;

    @Inject
    DemoWorkspaces workspaces;

    @Inject
    ClientFigures figures;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PortalPermissions portalPermissions;

    /** Gives the portal its demo account, with sample people and work; a portal that has one keeps it. */
    public ClientAccount createFor(Portal given) {
        // A portal made in this transaction is not in the database yet; one made earlier is locked,
        // so that two servers giving it a demo account at once take turns.
        Portal portal = em.contains(given) ? given : em.find(Portal.class, given.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (portal.getDemoClientId() != null) {
            return em.find(ClientAccount.class, portal.getDemoClientId());
        }
        Instant now = clock.instant();
        ClientAccount demo = ClientAccount.demoOf(portal, now.minus(Duration.ofDays(90)));
        em.persist(demo);
        em.flush();
        em.createNativeQuery("UPDATE portal SET demo_client_id = ?1 WHERE id = ?2")
                .setParameter(1, demo.getId()).setParameter(2, portal.getId()).executeUpdate();
        portal.demoAccount(demo.getId());
        for (String[] person : PEOPLE) {
            // Sample people have a login nobody knows the password of: they exist to be shown.
            String email = (person[0] + "." + person[1] + ".demo" + demo.getId() + "@sample.switchboard.example")
                    .toLowerCase(java.util.Locale.ROOT);
            memberships.joinClient(users.createInvited(email, person[0], person[1]), demo, ClientRole.valueOf(person[2]));
        }
        workspaces.sample(demo, now);
        em.flush();
        figures.recount(demo.getId());
        audit.record(AuditEvent.of(AuditType.DEMO_ACCOUNT_CREATED).portal(portal.getId()).client(demo.getId())
                .detail(demo.getName()));
        return demo;
    }

    /** The portal's demo account as its people see it; empty for anyone not an active member of the portal. */
    public Optional<DemoAccount> of(long portalId, long userId) {
        return portalPermissions.roleOf(userId, portalId).flatMap(role -> {
            Portal portal = em.find(Portal.class, portalId);
            return Optional.ofNullable(portal.getDemoClientId())
                    .map(id -> em.find(ClientAccount.class, id))
                    .map(demo -> new DemoAccount(demo.getId(), demo.getName(), demo.getLastActivityAt(),
                            role == PortalRole.PORTAL_ADMIN));
        });
    }

    /**
     * Replaces the demo account's work with fresh sample work dated back from now; its id, people
     * and access history stay. Only the portal's admins may, and it is audited.
     */
    public void reset(long portalId, long userId) {
        portalPermissions.requireAdmin(userId, portalId, "Only a portal admin resets the demo account.");
        // The portal's row lock makes two resets at once take turns rather than mix their work.
        Portal portal = em.find(Portal.class, portalId, LockModeType.PESSIMISTIC_WRITE);
        if (portal.getDemoClientId() == null) {
            createFor(portal);
            return;
        }
        long demoId = portal.getDemoClientId();
        Instant now = clock.instant();
        for (String table : List.of("candidate", "job", "activity_event")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE client_id = ?1").setParameter(1, demoId).executeUpdate();
        }
        em.createNativeQuery("UPDATE client_account SET last_activity_at = created_at WHERE id = ?1")
                .setParameter(1, demoId).executeUpdate();
        ClientAccount demo = em.find(ClientAccount.class, demoId);
        em.refresh(demo);
        workspaces.sample(demo, now);
        em.flush();
        figures.recount(demoId);
        audit.record(AuditEvent.of(AuditType.DEMO_ACCOUNT_RESET).actor(userId).portal(portalId).client(demoId)
                .detail("Sample work regenerated up to " + now));
        LOG.info(() -> "User " + userId + " reset the demo account " + demoId + " of portal " + portalId);
    }

    /** Portals made before the given time still without a demo account (older than demo accounts), oldest first. */
    public List<Long> portalsWithout(Instant madeBefore, int max) {
        return em.createQuery("select p.id from Portal p where p.demoClientId is null and p.createdAt < :before "
                        + "order by p.id", Long.class)
                .setParameter("before", madeBefore).setMaxResults(max).getResultList();
    }

    public void createFor(long portalId) {
        createFor(em.find(Portal.class, portalId));
    }

    /** Every new portal starts with a demo account to try things in. */
    public void onPortalOpened(@Observes PortalOpened opened) {
        createFor(opened.portalId());
    }

    /** What the Accounts page shows of the demo account. */
    public record DemoAccount(long clientId, String name, Instant lastActivityAt, boolean resettable)
            implements java.io.Serializable {
    }
}
