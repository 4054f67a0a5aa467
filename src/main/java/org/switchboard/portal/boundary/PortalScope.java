package org.switchboard.portal.boundary;

import org.switchboard.identity.entity.ClientScope;

/**
 * Which of a portal's clients a portal user reaches, as a JPQL condition on a client alias. One
 * place writes it, so the table, its count, the details page and the Welcome page cannot differ.
 */
public record PortalScope(long portalId, long membershipId, ClientScope scope) {

    /** For a client alias c: "c.portal.id = :portal" and, for an ASSIGNED membership, only the assigned clients. */
    public String condition(String client) {
        String portal = client + ".portal.id = :portal";
        return scope == ClientScope.ALL ? portal
                : portal + " and " + client + ".id in (select a.id from PortalMembership pm join pm.assignedClients a "
                  + "where pm.id = :membership)";
    }

    public void bind(jakarta.persistence.Query query) {
        query.setParameter("portal", portalId);
        if (scope != ClientScope.ALL) {
            query.setParameter("membership", membershipId);
        }
    }
}
