package org.switchboard.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * The account this request acts in and the person acting, as established by the AccessFilter.
 * Pages and services read it; only the AccessFilter sets it.
 */
@RequestScoped
public class Tenant {

    private Long userId;
    private AccountRef account;

    public void establish(long userId, AccountRef account) {
        this.userId = userId;
        this.account = account;
    }

    public void identify(long userId) {
        this.userId = userId;
    }

    public Optional<Long> userId() {
        return Optional.ofNullable(userId);
    }

    public long requireUserId() {
        if (userId == null) {
            throw new IllegalStateException("No signed-in person on this request");
        }
        return userId;
    }

    public Optional<AccountRef> account() {
        return Optional.ofNullable(account);
    }

    public long requirePortalId() {
        return require(AccountKind.PORTAL);
    }

    public long requireClientId() {
        return require(AccountKind.CLIENT);
    }

    private long require(AccountKind kind) {
        if (account == null || account.kind() != kind) {
            throw new IllegalStateException("This request acts in no " + kind.name().toLowerCase() + " account");
        }
        return account.id();
    }
}
