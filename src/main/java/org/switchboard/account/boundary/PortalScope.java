package org.switchboard.account.boundary;

import org.switchboard.account.entity.ClientScope;

/**
 * Which of a portal's clients a portal user reaches, as a JPQL condition on a client alias. One
 * place writes it, so the table, its count, the details page and the Welcome page cannot differ.
 * The portal's demo account is never one of its clients here: it is reached on its own (see
 * {@link #reachable}), so that no total, list or snapshot ever counts it.
 */
public record PortalScope(long portalId, long membershipId, ClientScope scope, Long demoClientId) {

    /** No client has this id: the stand-in while a portal has no demo account yet. */
    private static final long NO_DEMO = -1;

    /**
     * For a client alias c: "c.portal.id = :portal", never the demo account and, for an ASSIGNED
     * membership, only the assigned clients. "c.id &lt;&gt; :demo" is checked on the entries of the
     * (portal_id, column, id) indexes, which end with the id, so paging stays index-only.
     */
    public String condition(String client) {
        String portal = client + ".portal.id = :portal and " + client + ".id <> :demo";
        return scope == ClientScope.ALL ? portal : portal + " and " + assigned(client);
    }

    /** As {@link #condition}, but also the demo account, which every person of the portal may enter. */
    public String reachable(String client) {
        String portal = client + ".portal.id = :portal";
        return scope == ClientScope.ALL ? portal
                : portal + " and (" + client + ".id = :demo or " + assigned(client) + ")";
    }

    public void bind(jakarta.persistence.Query query) {
        query.setParameter("portal", portalId);
        if (query.getParameters().stream().anyMatch(parameter -> "demo".equals(parameter.getName()))) {
            query.setParameter("demo", demoClientId == null ? NO_DEMO : demoClientId);
        }
        if (scope != ClientScope.ALL) {
            query.setParameter("membership", membershipId);
        }
    }

    private static String assigned(String client) {
        return client + ".id in (select a.id from PortalMembership pm join pm.assignedClients a where pm.id = :membership)";
    }
}
