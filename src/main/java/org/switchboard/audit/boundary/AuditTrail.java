package org.switchboard.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.platform.kernel.EmailAddress;
import org.switchboard.platform.security.Roles;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operator's reading of the audit log, newest first, filtered by portal, client, person and type. */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class AuditTrail {

    /** What to look for; every part is optional. A person matches as the actor or as the one acted as. */
    public record Filter(Long portalId, Long clientId, String personEmail, AuditType type) implements Serializable {
    }

    /** One event with the people's e-mail addresses. */
    public record Entry(AuditEvent event, String actorEmail, String effectiveEmail) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    public List<Entry> search(Filter filter, int first, int max) {
        TypedQuery<Object[]> query = em.createQuery("select e, a.email, f.email from AuditEvent e "
                + "left join User a on a.id = e.actorUserId left join User f on f.id = e.effectiveUserId"
                + where(filter) + " order by e.occurredAt desc, e.id desc", Object[].class);
        bind(query, filter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200))).getResultList()
                .stream().map(row -> new Entry((AuditEvent) row[0], (String) row[1], (String) row[2])).toList();
    }

    public long count(Filter filter) {
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEvent e" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static Map<String, Object> conditions(Filter filter) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        if (filter.portalId() != null) {
            conditions.put("e.portalId = :portal", filter.portalId());
        }
        if (filter.clientId() != null) {
            conditions.put("e.clientId = :client", filter.clientId());
        }
        if (filter.personEmail() != null && !filter.personEmail().isBlank()) {
            String email = email(filter);
            conditions.put("(e.actorUserId in (select u.id from User u where u.email = :email) "
                    + "or e.effectiveUserId in (select u.id from User u where u.email = :email) or e.subject = :email)", email);
        }
        if (filter.type() != null) {
            conditions.put("e.type = :type", filter.type());
        }
        return conditions;
    }

    private static String email(Filter filter) {
        return EmailAddress.normalise(filter.personEmail()).orElse(filter.personEmail().strip());
    }

    private static String where(Filter filter) {
        Map<String, Object> conditions = conditions(filter);
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions.keySet());
    }

    private static void bind(TypedQuery<?> query, Filter filter) {
        if (filter.portalId() != null) {
            query.setParameter("portal", filter.portalId());
        }
        if (filter.clientId() != null) {
            query.setParameter("client", filter.clientId());
        }
        if (filter.personEmail() != null && !filter.personEmail().isBlank()) {
            query.setParameter("email", email(filter));
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
    }
}
