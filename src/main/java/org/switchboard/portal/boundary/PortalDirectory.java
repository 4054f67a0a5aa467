package org.switchboard.portal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.platform.security.Roles;

import java.util.List;

/** The platform operator's view of every portal. */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class PortalDirectory {

    @PersistenceContext
    EntityManager em;

    public List<PortalSummary> all() {
        return em.createQuery("select new org.switchboard.portal.boundary.PortalSummary(p.id, p.name, p.kind, "
                        + "p.verification, p.createdAt, count(c)) from Portal p left join ClientAccount c on c.portal = p "
                        + "group by p.id, p.name, p.kind, p.verification, p.createdAt order by p.name", PortalSummary.class)
                .getResultList();
    }
}
