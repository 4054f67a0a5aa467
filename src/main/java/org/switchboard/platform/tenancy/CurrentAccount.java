package org.switchboard.platform.tenancy;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts a person last chose, one per kind: the portal they work from and the client they
 * are in. Only a choice: every request re-checks it against live memberships (see AccessFilter).
 * Serializable, so that sessions replicate across a cluster.
 */
@SessionScoped
public class CurrentAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<AccountKind, AccountRef> chosen = new EnumMap<>(AccountKind.class);

    public Optional<AccountRef> chosen(AccountKind kind) {
        return Optional.ofNullable(chosen.get(kind));
    }

    public void choose(AccountRef account) {
        chosen.put(account.kind(), account);
    }

    public void forget(AccountKind kind) {
        chosen.remove(kind);
    }
}
