package org.switchboard.portal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.Verification;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.security.Roles;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The platform operator's view of every portal: find them, verify or reject partners, set their kind. */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class PortalDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Portals whose name contains the text (all when blank), pending ones first, then by name. */
    public List<PortalSummary> search(String text, Verification verification, int first, int max) {
        TypedQuery<Object[]> query = em.createQuery("select p.id, p.name, p.kind, p.verification, p.createdAt, p.candidateSharing "
                + "from Portal p" + where(text, verification) + " order by p.verification, p.name, p.id", Object[].class);
        bind(query, text, verification);
        List<Object[]> rows = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> clients = new HashMap<>();
        em.createQuery("select c.portal.id, count(c) from ClientAccount c where c.portal.id in :ids "
                                + "and c.demo = false group by c.portal.id",
                        Object[].class)
                .setParameter("ids", rows.stream().map(row -> (Long) row[0]).toList())
                .getResultList()
                .forEach(row -> clients.put((Long) row[0], (Long) row[1]));
        return rows.stream().map(row -> new PortalSummary((Long) row[0], (String) row[1], (PortalKind) row[2],
                (Verification) row[3], (java.time.Instant) row[4], clients.getOrDefault((Long) row[0], 0L),
                (Boolean) row[5])).toList();
    }

    public long count(String text, Verification verification) {
        TypedQuery<Long> query = em.createQuery("select count(p) from Portal p" + where(text, verification), Long.class);
        bind(query, text, verification);
        return query.getSingleResult();
    }

    public void verify(long portalId, long operatorUserId) {
        portal(portalId).verify();
        audit.record(AuditEvent.of(AuditType.PORTAL_VERIFIED).actor(operatorUserId).portal(portalId));
    }

    /** A rejected portal's people can no longer enter it; its clients stay where they are. */
    public void reject(long portalId, long operatorUserId) {
        portal(portalId).reject();
        audit.record(AuditEvent.of(AuditType.PORTAL_REJECTED).actor(operatorUserId).portal(portalId));
    }

    public void changeKind(long portalId, long operatorUserId, PortalKind kind) {
        Portal portal = portal(portalId);
        if (portal.getKind() != kind) {
            audit.record(AuditEvent.of(AuditType.PORTAL_KIND_CHANGED).actor(operatorUserId).portal(portalId)
                    .detail(portal.getKind().label() + " → " + kind.label()));
            portal.changeKind(kind);
        }
    }

    /** Whether the portal's clients may share candidates with one another (each still opts in). */
    public void changeCandidateSharing(long portalId, long operatorUserId, boolean on) {
        Portal portal = portal(portalId);
        if (portal.isCandidateSharing() != on) {
            portal.shareCandidates(on);
            audit.record(AuditEvent.of(AuditType.PORTAL_CANDIDATE_SHARING_CHANGED).actor(operatorUserId).portal(portalId)
                    .detail(on ? "Candidate sharing on" : "Candidate sharing off"));
        }
    }

    private Portal portal(long portalId) {
        Portal portal = em.find(Portal.class, portalId);
        if (portal == null) {
            throw new NotFound("No such portal.");
        }
        return portal;
    }

    private static String where(String text, Verification verification) {
        StringBuilder where = new StringBuilder();
        if (text != null && !text.isBlank()) {
            where.append(" where lower(p.name) like :text");
        }
        if (verification != null) {
            where.append(where.length() == 0 ? " where " : " and ").append("p.verification = :verification");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, String text, Verification verification) {
        if (text != null && !text.isBlank()) {
            String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.setParameter("text", "%" + escaped + "%");
        }
        if (verification != null) {
            query.setParameter("verification", verification);
        }
    }
}
