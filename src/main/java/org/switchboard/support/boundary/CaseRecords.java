package org.switchboard.support.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.support.control.AttachmentCheck;
import org.switchboard.support.entity.CaseAttachment;
import org.switchboard.support.entity.CaseReply;
import org.switchboard.support.entity.SupportCase;

import java.time.Clock;
import java.util.List;

/**
 * What both sides of a support case share: reading a case with its thread, adding a reply or a
 * file. It checks no rights and joins its caller's transaction: only SupportCases (the client's
 * side) and SupportDesk (the operators') call it, after their own checks.
 */
@Dependent
public class CaseRecords {

    static final String ROW = "select new org.switchboard.support.boundary.CaseRow(s.id, c.id, c.name, s.subject, "
            + "s.priority, s.status, s.openedAt, s.updatedAt) from SupportCase s, ClientAccount c where c.id = s.clientId";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public SupportCase find(long caseId) {
        SupportCase found = em.find(SupportCase.class, caseId);
        if (found == null) {
            throw new NotFound("No such support case.");
        }
        return found;
    }

    public CaseView view(SupportCase supportCase) {
        CaseRow row = em.createQuery(ROW + " and s.id = :id", CaseRow.class).setParameter("id", supportCase.getId())
                .getSingleResult();
        String openedBy = em.createQuery("select concat(concat(u.firstName, ' '), u.lastName) from User u where u.id = :id",
                String.class).setParameter("id", supportCase.getOpenedBy()).getSingleResult();
        List<CaseView.Entry> thread = em.createQuery("select new org.switchboard.support.boundary.CaseView.Entry(r.id, "
                        + "concat(concat(u.firstName, ' '), u.lastName), r.fromSupport, r.body, r.writtenAt) "
                        + "from CaseReply r, User u where u.id = r.authorId and r.caseId = :id order by r.writtenAt, r.id",
                CaseView.Entry.class).setParameter("id", supportCase.getId()).getResultList();
        List<CaseView.File> files = em.createQuery("select new org.switchboard.support.boundary.CaseView.File(a.id, "
                        + "a.fileName, a.sizeBytes, a.addedAt) from CaseAttachment a where a.caseId = :id order by a.id",
                CaseView.File.class).setParameter("id", supportCase.getId()).getResultList();
        return new CaseView(row, supportCase.getDescription(), openedBy, thread, files);
    }

    public void reply(SupportCase supportCase, long authorId, boolean fromSupport, String body) {
        em.persist(new CaseReply(supportCase.getId(), authorId, fromSupport, body.strip(), clock.instant()));
        supportCase.touch(clock.instant());
    }

    /** Checks and stores a file; a refused file refuses the whole change, so nothing is half-saved. */
    public void attach(SupportCase supportCase, long userId, Upload upload) {
        if (upload == null) {
            return;
        }
        AttachmentCheck.Verdict verdict = AttachmentCheck.check(upload.fileName(), upload.contentType(), upload.content());
        if (!verdict.accepted()) {
            throw new Refused(verdict.refusal() + " Nothing was saved.");
        }
        // The case's row lock makes two uploads at once take turns, so together they cannot pass the limits.
        em.lock(supportCase, LockModeType.PESSIMISTIC_WRITE);
        Object[] held = em.createQuery("select count(a), coalesce(sum(a.sizeBytes), 0) from CaseAttachment a "
                + "where a.caseId = :id", Object[].class).setParameter("id", supportCase.getId()).getSingleResult();
        String full = AttachmentCheck.caseRefusal(((Number) held[0]).longValue(), ((Number) held[1]).longValue(),
                upload.content().length);
        if (full != null) {
            throw new Refused(full + " Nothing was saved.");
        }
        em.persist(new CaseAttachment(supportCase.getId(), verdict.fileName(), verdict.contentType(), upload.content(),
                userId, clock.instant()));
        supportCase.touch(clock.instant());
    }

    public Download download(long caseId, long attachmentId) {
        CaseAttachment file = em.find(CaseAttachment.class, attachmentId);
        if (file == null || file.getCaseId() != caseId) {
            throw new NotFound("No such file in this case.");
        }
        return new Download(file.getFileName(), file.getContentType(), file.getContent());
    }

    public String emailOf(long userId) {
        return em.createQuery("select u.email from User u where u.id = :id", String.class).setParameter("id", userId)
                .getSingleResult();
    }

    static String text(String body) {
        return body == null ? "" : body.strip();
    }
}
