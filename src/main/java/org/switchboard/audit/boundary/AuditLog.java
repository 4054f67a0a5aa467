package org.switchboard.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.platform.config.RequestOrigin;
import org.switchboard.platform.tenancy.ActingVisit;

import java.time.Clock;
import java.util.List;

/** The one way audit events are written: appended, never changed. */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    @Inject
    ActingVisit visit;

    @Inject
    Event<Audited> audited;

    /** Records the event as part of the caller's transaction: it stands or falls with the action. */
    public void record(AuditEvent.Builder event) {
        if (!event.namesVisit()) {
            visit.current().ifPresent(v -> event.accessSession(v.accessSessionId()).actor(v.realUserId())
                    .effectiveUser(v.effectiveUserId()));
        }
        AuditEvent recorded = event.build(clock.instant(), origin.address());
        em.persist(recorded);
        audited.fire(new Audited(recorded));
    }

    /** Records the event even when the caller's transaction rolls back (failed logins, refusals). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlways(AuditEvent.Builder event) {
        record(event);
    }

    public List<AuditEvent> latestFor(Long actorUserId, AuditType type, int max) {
        return em.createQuery("select e from AuditEvent e where e.actorUserId = :actor and e.type = :type "
                        + "order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("actor", actorUserId)
                .setParameter("type", type)
                .setMaxResults(max)
                .getResultList();
    }

    public List<AuditEvent> latestAbout(String subject, int max) {
        return em.createQuery("select e from AuditEvent e where e.subject = :subject "
                        + "order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("subject", subject)
                .setMaxResults(max)
                .getResultList();
    }
}
