package org.switchboard.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.platform.security.PasswordPolicy;
import org.switchboard.identity.entity.PlatformOperator;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.EmailAddress;
import org.switchboard.platform.security.PasswordHasher;
import org.switchboard.platform.tenancy.PersonState;

import java.time.Clock;
import java.util.Optional;

/** Creates people and their memberships, keeping one identity per e-mail address. */
@Stateless
public class UserAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    public Optional<PersonState> person(long userId) {
        return em.createQuery("select u.id, u.email, u.firstName, u.lastName, u.active, u.mustChangePassword, o.id, "
                        + "u.passwordSetAt, u.sessionsEndedAt "
                        + "from User u left join PlatformOperator o on o.user = u and o.active = true "
                        + "where u.id = :id", Object[].class)
                .setParameter("id", userId)
                .getResultStream()
                .findFirst()
                .map(row -> new PersonState((Long) row[0], (String) row[1], row[2] + " " + row[3],
                        (Boolean) row[4], (Boolean) row[5], row[6] != null, (java.time.Instant) row[7],
                        (java.time.Instant) row[8]));
    }

    public Optional<User> findByEmail(String typedEmail) {
        return EmailAddress.normalise(typedEmail).flatMap(email -> em.createNamedQuery(User.BY_EMAIL, User.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst());
    }

    /**
     * A new person with a password; refused when the address is taken in any letter case, or the
     * password breaks the rules.
     */
    public User create(String typedEmail, String firstName, String lastName, String password, boolean mustChangePassword) {
        String email = EmailAddress.normalise(typedEmail)
                .orElseThrow(() -> new AccountRefused("Enter a valid e-mail address."));
        if (findByEmail(email).isPresent()) {
            throw new AccountRefused("A person with this e-mail address already has a login.");
        }
        PasswordPolicy.refusal(password, email).ifPresent(reason -> {
            throw new AccountRefused(reason);
        });
        User user = new User(email, firstName, lastName, clock.instant());
        user.setPassword(hasher.hash(password), mustChangePassword, clock.instant());
        em.persist(user);
        return user;
    }

    /**
     * A new person invited by e-mail: their login exists, but no password anyone knows until they
     * set one from the invitation's link.
     */
    public User createInvited(String typedEmail, String firstName, String lastName) {
        String email = EmailAddress.normalise(typedEmail)
                .orElseThrow(() -> new AccountRefused("Enter a valid e-mail address."));
        if (findByEmail(email).isPresent()) {
            throw new AccountRefused("A person with this e-mail address already has a login.");
        }
        User user = new User(email, firstName, lastName, clock.instant());
        user.awaitPassword(hasher.unusable());
        em.persist(user);
        return user;
    }

    /** A person who was invited by e-mail and has no login yet makes one with their own password. */
    public User createForInvitation(String email, String firstName, String lastName, String password) {
        if (firstName == null || firstName.isBlank() || lastName == null || lastName.isBlank()) {
            throw new AccountRefused("Enter your first and last name.");
        }
        if (firstName.strip().length() > 100 || lastName.strip().length() > 100) {
            throw new AccountRefused("A name has at most 100 characters.");
        }
        return create(email, firstName.strip(), lastName.strip(), password, false);
    }

    public PlatformOperator makeOperator(User user) {
        PlatformOperator operator = new PlatformOperator(em.find(User.class, user.getId()), clock.instant());
        em.persist(operator);
        return operator;
    }
}
