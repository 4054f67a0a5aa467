package org.switchboard.support.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.account.boundary.PortalClients;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.account.boundary.ClientPermissions;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.mail.Mailer;
import org.switchboard.platform.tenancy.ActingVisit;
import org.switchboard.support.entity.CaseStatus;
import org.switchboard.support.entity.SupportCase;

import java.time.Clock;
import java.util.List;

/**
 * A client account's support cases, from the client's side. Everyone in the account may read
 * them; the account's admins, and a partner on a visit (who works for the client), open cases and
 * reply. A portal reads its clients' cases within the person's scope. Every message goes to the
 * vendor's support address once the change has committed.
 */
@Stateless
public class SupportCases {

    /** Whether a reply reopened a solved case, for the page to say so. */
    public record Replied(boolean reopened) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseRecords records;

    @Inject
    ClientPermissions permissions;

    @Inject
    ActingVisit acting;

    @Inject
    PortalClients portalClients;

    @Inject
    ActivityLog activity;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.support.email", defaultValue = "support@switchboard.example")
    String supportEmail;

    /**
     * Opens a case, with its file if one came: both are saved or neither. The acting person's
     * rights apply; the signed-in person (a partner on a visit) is its opener, whom support answers.
     */
    public long open(long clientId, long actingUserId, long realUserId, @Valid CaseForm form, Upload file) {
        requireWriter(clientId, actingUserId);
        SupportCase supportCase = new SupportCase(clientId, form.subject().strip(), form.description().strip(),
                form.priority(), realUserId, clock.instant());
        em.persist(supportCase);
        em.flush();
        records.attach(supportCase, realUserId, file);
        ClientAccount client = em.find(ClientAccount.class, clientId);
        activity.record(client, actingUserId, ActivityType.SUPPORT_CASE_OPENED,
                "Opened the support case “" + supportCase.getSubject() + "”");
        mailer.send("SUPPORT_CASE", supportEmail, "[Case " + supportCase.getId() + "] " + supportCase.getSubject(),
                client.getName() + " opened a support case (" + supportCase.getPriority().label() + " priority).\n\n"
                        + supportCase.getDescription());
        return supportCase.getId();
    }

    /** A reply from the client's side; one to a solved case reopens it. */
    public Replied reply(long clientId, long caseId, long actingUserId, long realUserId,
                         @NotBlank(message = "Write a reply.") @Size(max = 5000, message = "A reply has at most 5,000 characters.") String body,
                         Upload file) {
        requireWriter(clientId, actingUserId);
        SupportCase supportCase = caseOf(clientId, caseId);
        boolean reopened = supportCase.getStatus().isSolved();
        records.reply(supportCase, realUserId, false, body);
        records.attach(supportCase, realUserId, file);
        if (reopened) {
            supportCase.moveTo(CaseStatus.OPEN, clock.instant());
        } else if (supportCase.getStatus() == CaseStatus.WAITING_ON_CUSTOMER) {
            // The customer answered what support waited for: the ball is back with support.
            supportCase.moveTo(CaseStatus.IN_PROGRESS, clock.instant());
        }
        ClientAccount client = em.find(ClientAccount.class, clientId);
        activity.record(client, actingUserId, ActivityType.SUPPORT_CASE_REPLIED,
                (reopened ? "Reopened the support case “" : "Replied to the support case “") + supportCase.getSubject() + "”");
        mailer.send("SUPPORT_REPLY", supportEmail, "[Case " + caseId + "] " + supportCase.getSubject(),
                client.getName() + (reopened ? " replied to the solved case, which is open again:" : " replied:")
                        + "\n\n" + body.strip());
        return new Replied(reopened);
    }

    public CaseView view(long clientId, long caseId, long userId) {
        requireReader(clientId, userId);
        return records.view(caseOf(clientId, caseId));
    }

    public Download download(long clientId, long caseId, long attachmentId, long userId) {
        requireReader(clientId, userId);
        caseOf(clientId, caseId);
        return records.download(caseId, attachmentId);
    }

    /** The account's cases, the latest changed first. */
    public List<CaseRow> casesOf(long clientId, long userId, int first, int max) {
        requireReader(clientId, userId);
        return em.createQuery(CaseRecords.ROW + " and s.clientId = :client order by s.updatedAt desc, s.id desc", CaseRow.class)
                .setParameter("client", clientId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countOf(long clientId, long userId) {
        requireReader(clientId, userId);
        return em.createQuery("select count(s) from SupportCase s where s.clientId = :client", Long.class)
                .setParameter("client", clientId).getSingleResult();
    }

    public boolean mayWrite(long clientId, long userId) {
        return permissions.roleOf(userId, clientId)
                .filter(role -> role == ClientRole.CLIENT_ADMIN || onVisitIn(clientId)).isPresent();
    }

    /** One client's cases, for a portal person who reaches that client; empty for any other. */
    public List<CaseRow> casesOfPortalClient(long portalId, long userId, long clientId, int max) {
        return portalClients.scopeOf(portalId, userId).map(scope -> {
            TypedQuery<CaseRow> query = em.createQuery(CaseRecords.ROW + " and c.id = :client and " + scope.condition("c")
                    + " order by s.updatedAt desc, s.id desc", CaseRow.class);
            scope.bind(query);
            return query.setParameter("client", clientId).setMaxResults(max).getResultList();
        }).orElse(List.of());
    }

    /** Cases not yet solved across the clients the portal person reaches. */
    public long openCasesInPortal(long portalId, long userId) {
        return portalClients.scopeOf(portalId, userId).map(scope -> {
            TypedQuery<Long> query = em.createQuery("select count(s) from SupportCase s, ClientAccount c where c.id = s.clientId "
                    + "and s.status <> :solved and " + scope.condition("c"), Long.class);
            scope.bind(query);
            return query.setParameter("solved", CaseStatus.SOLVED).getSingleResult();
        }).orElse(0L);
    }

    private SupportCase caseOf(long clientId, long caseId) {
        SupportCase supportCase = records.find(caseId);
        // Another account's case is simply not found.
        if (supportCase.getClientId() != clientId) {
            throw new NotFound("No such support case.");
        }
        return supportCase;
    }

    private void requireReader(long clientId, long userId) {
        permissions.require(userId, clientId, ClientRole.VIEWER);
    }

    private void requireWriter(long clientId, long userId) {
        if (!mayWrite(clientId, userId)) {
            throw new NotPermitted("Support cases are opened and answered by the account's admins.");
        }
    }

    private boolean onVisitIn(long clientId) {
        return acting.current().filter(v -> v.isIn(clientId)).isPresent();
    }
}
