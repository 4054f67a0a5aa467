package org.switchboard.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.identity.control.Throttle;
import org.switchboard.identity.entity.LoginThrottle;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The counts behind the sign-in throttles, in the database so that every server sees the same
 * ones. Keys are made from what was typed (normalised), whether or not such a login exists, so a
 * throttle never tells a real login from an unknown one.
 */
@Stateless
public class LoginThrottles {

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginPolicy policy;

    /** The two throttles one attempt meets: its address, and its login from that address. */
    public record Attempt(String login, String address) {

        public Attempt {
            login = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
            address = address == null || address.isBlank() ? "unknown" : address;
        }

        String addressKey() {
            return "address " + address;
        }

        String loginKey() {
            return "login " + login + " from " + address;
        }
    }

    /** Until when the attempt must wait, if either throttle holds it back. */
    public Optional<Instant> heldBackUntil(Attempt attempt, Instant now) {
        return em.createQuery("select t from LoginThrottle t where t.key in :keys", LoginThrottle.class)
                .setParameter("keys", List.of(attempt.addressKey(), attempt.loginKey()))
                .getResultStream()
                .map(LoginThrottle::state)
                .filter(state -> state.blockedUntil() != null && now.isBefore(state.blockedUntil()))
                .map(Throttle.State::blockedUntil)
                .max(Instant::compareTo);
    }

    /**
     * Counts a failed attempt against both throttles. Answers whether it is the failure that now
     * holds the login back from this address (the first of a run), for the owner to be told once.
     */
    public boolean failed(Attempt attempt, Instant now) {
        count(attempt.addressKey(), null, policy.perAddress(), now);
        Throttle.State login = count(attempt.loginKey(), attempt.login(), policy.perLoginAndAddress(), now);
        return login.blockedUntil() != null && login.failures() == policy.perLoginAndAddress().freeFailures() + 1;
    }

    /** A right password from the address: the login starts afresh there (the address does not). */
    public void succeeded(Attempt attempt) {
        Optional.ofNullable(em.find(LoginThrottle.class, attempt.loginKey())).ifPresent(em::remove);
    }

    /** A new password, set by any route, lifts every hold on the login, from every address. */
    public void clear(@Observes PasswordChosen chosen) {
        em.createQuery("delete from LoginThrottle t where t.login = :login")
                .setParameter("login", new Attempt(chosen.email(), null).login())
                .executeUpdate();
    }

    /**
     * Under the row's lock, so that attempts at once on several servers count one after another.
     * The first failure of a key inserts its row; two first failures at the very same moment may
     * collide on the key, and the later one then fails as a refused sign-in, which it was anyway.
     */
    private Throttle.State count(String key, String login, Throttle rule, Instant now) {
        LoginThrottle row = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new LoginThrottle(key, login);
            em.persist(row);
        }
        Throttle.State next = rule.afterFailure(row.state(), now);
        row.update(next);
        return next;
    }
}
