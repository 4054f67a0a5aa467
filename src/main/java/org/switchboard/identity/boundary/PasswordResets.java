package org.switchboard.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.identity.control.Tokens;
import org.switchboard.identity.entity.PasswordReset;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.config.PublicUrl;
import org.switchboard.platform.mail.Mailer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * "Forgot password": a link by e-mail that sets a new password once within an hour. Asking says
 * the same whether or not the address has a login, and takes the same path either way.
 */
@Stateless
public class PasswordResets {

    static final Duration VALID_FOR = Duration.ofHours(1);
    static final Duration WELCOME_VALID_FOR = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts users;

    @Inject
    PasswordService passwords;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** At most this many reset links a login is mailed in an hour, whoever asks. */
    static final int MAILS_PER_HOUR = 3;

    /**
     * Sends a reset link to the address if it has an active login, at most three an hour; earlier
     * links stop working. The asker is told the same whatever happened.
     */
    public void request(String typedEmail) {
        Optional<User> user = users.findByEmail(typedEmail).filter(User::isActive);
        audit.recordAlways(AuditEvent.of(AuditType.PASSWORD_RESET_REQUESTED).actor(user.map(User::getId).orElse(null))
                .subject(typedEmail == null ? null : typedEmail.strip()));
        if (user.isEmpty()) {
            LOG.info("Password reset asked for an address without an active login");
            return;
        }
        if (!publicUrl.isConfigured()) {
            // The asker gets the same answer as ever (it must not tell whether the login exists).
            LOG.severe("No reset link mailed to user " + user.get().getId() + ": switchboard.public-url is not set");
            return;
        }
        Instant now = clock.instant();
        long lately = em.createQuery("select count(r) from PasswordReset r where r.userId = :user and r.createdAt > :since",
                        Long.class)
                .setParameter("user", user.get().getId()).setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (lately >= MAILS_PER_HOUR) {
            // Same answer to the asker; the inbox of the login is not a channel for anyone to flood.
            LOG.warning("No reset link mailed to user " + user.get().getId() + ": " + lately + " already in the last hour");
            return;
        }
        revokeOpenLinksOf(user.get().getId(), now);
        String token = Tokens.newToken();
        em.persist(new PasswordReset(user.get().getId(), Tokens.hash(token), now, now.plus(VALID_FOR)));
        mailer.send("PASSWORD_RESET", user.get().getEmail(), "Reset your Switchboard password",
                "Hello " + user.get().getFirstName() + ",\n\n"
                        + "Someone (we hope you) asked to reset the password of your Switchboard login.\n"
                        + "Choose a new one here within the next hour:\n\n"
                        + publicUrl.require("reset-password.xhtml?token=" + token) + "\n\n"
                        + "If it was not you, ignore this e-mail: your password stays as it is.\n");
    }

    /**
     * The first e-mail of a person whose login was made for them (a client's admin provisioned by a
     * partner): a link to choose their password, valid as long as an invitation.
     */
    public void welcome(User user, String accountName) {
        Instant now = clock.instant();
        String token = Tokens.newToken();
        String link = publicUrl.require("reset-password.xhtml?token=" + token);
        em.persist(new PasswordReset(user.getId(), Tokens.hash(token), now, now.plus(WELCOME_VALID_FOR)));
        mailer.send("ACCOUNT_WELCOME", user.getEmail(), "Your Switchboard account " + accountName + " is ready",
                "Hello " + user.getFirstName() + ",\n\n"
                        + accountName + " now has its Switchboard account, and you are its admin.\n"
                        + "Choose your password here within 7 days:\n\n"
                        + link + "\n\n"
                        + "Your username is this e-mail address.\n");
    }

    /** A password was set by any route: no reset link mailed before it may set another. */
    public void revokeOpenLinks(@Observes PasswordChosen chosen) {
        revokeOpenLinksOf(chosen.userId(), clock.instant());
    }

    private void revokeOpenLinksOf(long userId, Instant now) {
        em.createQuery("select r from PasswordReset r where r.userId = :user and r.usedAt is null and r.revokedAt is null",
                        PasswordReset.class)
                .setParameter("user", userId)
                .getResultList()
                .forEach(open -> open.revoke(now));
    }

    /** Whether a reset link can still be used, for the page to say so before the form. */
    public boolean usable(String token) {
        return find(token).isPresent();
    }

    /** Sets the new password and uses up the link. */
    public void reset(String token, String newPassword) {
        PasswordReset reset = find(token)
                .orElseThrow(() -> new AccountRefused("This link has expired or was already used. Ask for a new one."));
        User user = em.find(User.class, reset.getUserId());
        if (!user.isActive()) {
            throw new AccountRefused("This login has been deactivated.");
        }
        reset.use(clock.instant());
        passwords.set(user, newPassword);
        audit.record(AuditEvent.of(AuditType.PASSWORD_RESET).actor(user.getId()).subject(user.getEmail()));
    }

    private Optional<PasswordReset> find(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select r from PasswordReset r where r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", Tokens.hash(token))
                .getResultStream()
                .findFirst()
                .filter(reset -> reset.usableAt(clock.instant()));
    }
}
