package org.switchboard.platform.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.platform.security.Roles;

import java.util.List;

/** The operator's view of the outbox: what has not gone out, why, and trying again. */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailClaims claims;

    @Inject
    MailDelivery delivery;

    /** Failed messages first, then pending ones, newest first. */
    public List<MailMessage> unsent(int max) {
        return em.createQuery("select m from MailMessage m where m.status <> :sent "
                        + "order by m.status, m.createdAt desc, m.id desc", MailMessage.class)
                .setParameter("sent", MailStatus.SENT)
                .setMaxResults(max)
                .getResultList();
    }

    public long countOf(MailStatus status) {
        return em.createQuery("select count(m) from MailMessage m where m.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    public void retry(long id) {
        claims.retry(id);
        delivery.deliver(id);
    }
}
