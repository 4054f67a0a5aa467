package org.switchboard.support.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.mail.Mailer;
import org.switchboard.platform.security.Roles;
import org.switchboard.support.entity.CaseStatus;
import org.switchboard.support.entity.SupportCase;

import java.time.Clock;
import java.util.List;

/**
 * The vendor's support desk: operators see every client's cases, answer them and move them on.
 * An answer is mailed to the person who opened the case once it has committed.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class SupportDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseRecords records;

    @Inject
    ActivityLog activity;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /** Cases in a status (all when none given), the latest changed first. */
    public List<CaseRow> list(CaseStatus status, int first, int max) {
        TypedQuery<CaseRow> query = em.createQuery(CaseRecords.ROW + (status == null ? "" : " and s.status = :status")
                + " order by s.updatedAt desc, s.id desc", CaseRow.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(CaseStatus status) {
        TypedQuery<Long> query = em.createQuery("select count(s) from SupportCase s"
                + (status == null ? "" : " where s.status = :status"), Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    public CaseView view(long caseId) {
        return records.view(records.find(caseId));
    }

    public Download download(long caseId, long attachmentId) {
        return records.download(caseId, attachmentId);
    }

    /** Answers the case and moves it to the given status (or leaves it where it is when none given). */
    public void reply(long caseId, long operatorUserId,
                      @NotBlank(message = "Write a reply.") @Size(max = 5000, message = "A reply has at most 5,000 characters.") String body,
                      CaseStatus status) {
        SupportCase supportCase = records.find(caseId);
        records.reply(supportCase, operatorUserId, true, body);
        if (status != null && status != supportCase.getStatus()) {
            move(supportCase, operatorUserId, status);
        }
        ClientAccount client = em.find(ClientAccount.class, supportCase.getClientId());
        activity.record(client, operatorUserId, ActivityType.SUPPORT_CASE_REPLIED,
                "Support answered the case “" + supportCase.getSubject() + "”");
        mailer.send("SUPPORT_ANSWER", records.emailOf(supportCase.getOpenedBy()),
                "[Case " + caseId + "] " + supportCase.getSubject(),
                "Support answered your case for " + client.getName() + " (now " + supportCase.getStatus().label().toLowerCase()
                        + "):\n\n" + body.strip());
    }

    public void changeStatus(long caseId, long operatorUserId, CaseStatus status) {
        SupportCase supportCase = records.find(caseId);
        if (status == null || status == supportCase.getStatus()) {
            throw new Refused("The case is " + supportCase.getStatus().label().toLowerCase() + " already.");
        }
        move(supportCase, operatorUserId, status);
    }

    private void move(SupportCase supportCase, long operatorUserId, CaseStatus status) {
        supportCase.moveTo(status, clock.instant());
        if (status.isSolved()) {
            activity.record(em.find(ClientAccount.class, supportCase.getClientId()), operatorUserId,
                    ActivityType.SUPPORT_CASE_SOLVED, "Support solved the case “" + supportCase.getSubject() + "”");
        }
    }
}
