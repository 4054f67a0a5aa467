package org.switchboard.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * The account this request acts in and the person acting, as established by the AccessFilter.
 * Pages and services read it; only the AccessFilter sets it.
 * <p>
 * During a partner visit two people are involved: the signed-in person ({@link #person()}, who is
 * shown in the top bar and answers for everything) and, inside the visited client, the person
 * acted as ({@link #requireUserId()}, whose role in the client applies).
 */
@RequestScoped
public class Tenant {

    private PersonState person;
    private PersonState acting;
    private AccountRef account;
    private Visit visit;

    public void establish(PersonState person, AccountRef account) {
        this.person = person;
        this.acting = person;
        this.account = account;
    }

    /** Inside the client of a visit: acts as the visit's effective user. */
    public void establishVisit(PersonState person, PersonState actingAs, Visit visit) {
        this.person = person;
        this.acting = actingAs;
        this.account = AccountRef.client(visit.clientId());
        this.visit = visit;
    }

    public void identify(PersonState person) {
        this.person = person;
        this.acting = person;
    }

    /** Outside the visited client, the visit is still open (for the banner) but acts in nothing. */
    public void noteVisit(Visit visit) {
        this.visit = visit;
    }

    /** The signed-in person as the AccessFilter read them for this request. */
    public Optional<PersonState> person() {
        return Optional.ofNullable(person);
    }

    /** The person whose rights apply to this request: the signed-in person, or whom they act as. */
    public Optional<PersonState> actingPerson() {
        return Optional.ofNullable(acting);
    }

    public Optional<Long> userId() {
        return actingPerson().map(PersonState::userId);
    }

    public long requireUserId() {
        return userId().orElseThrow(() -> new IllegalStateException("No signed-in person on this request"));
    }

    /** The signed-in person's own id, whoever they act as. */
    public long requireRealUserId() {
        return person().map(PersonState::userId)
                .orElseThrow(() -> new IllegalStateException("No signed-in person on this request"));
    }

    /** The partner visit the session is on, whether or not this request is inside its client. */
    public Optional<Visit> visit() {
        return Optional.ofNullable(visit);
    }

    /** The visit when this request acts inside the visited client. */
    public Optional<Visit> visitHere() {
        return visit().filter(v -> account != null && account.equals(AccountRef.client(v.clientId())));
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
