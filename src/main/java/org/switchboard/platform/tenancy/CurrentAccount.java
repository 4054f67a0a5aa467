package org.switchboard.platform.tenancy;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts a person last chose, one per kind: the portal they work from and the client they
 * are in, and the partner visit they are on. Only a choice: every request re-checks it against
 * live memberships and the AccessSession (see AccessFilter). Serializable, so that sessions replicate across a cluster.
 */
@SessionScoped
public class CurrentAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<AccountKind, AccountRef> chosen = new EnumMap<>(AccountKind.class);
    private VisitTicket visit;

    public Optional<AccountRef> chosen(AccountKind kind) {
        return Optional.ofNullable(chosen.get(kind));
    }

    public void choose(AccountRef account) {
        chosen.put(account.kind(), account);
    }

    public void forget(AccountKind kind) {
        chosen.remove(kind);
    }

    /** The partner visit this session is on, if any. */
    public Optional<VisitTicket> visit() {
        return Optional.ofNullable(visit);
    }

    public void enter(VisitTicket ticket) {
        this.visit = ticket;
        chosen.put(AccountKind.CLIENT, AccountRef.client(ticket.clientId()));
    }

    /** Leaves the visit; the client it was in is no longer this session's client. */
    public void leaveVisit() {
        if (visit != null) {
            chosen.remove(AccountKind.CLIENT);
            visit = null;
        }
    }
}
