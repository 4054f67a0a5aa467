package org.switchboard.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;

import org.switchboard.identity.boundary.PersonState;

import java.util.Optional;

/**
 * The account this request acts in and the person acting, as established by the AccessFilter.
 * Pages and services read it; only the AccessFilter sets it.
 */
@RequestScoped
public class Tenant {

    private PersonState person;
    private AccountRef account;

    public void establish(PersonState person, AccountRef account) {
        this.person = person;
        this.account = account;
    }

    public void identify(PersonState person) {
        this.person = person;
    }

    /** The signed-in person as the AccessFilter read them for this request. */
    public Optional<PersonState> person() {
        return Optional.ofNullable(person);
    }

    public Optional<Long> userId() {
        return person().map(PersonState::userId);
    }

    public long requireUserId() {
        return userId().orElseThrow(() -> new IllegalStateException("No signed-in person on this request"));
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
