package org.switchboard.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.config.PublicUrl;
import org.switchboard.platform.config.RequestOrigin;
import org.switchboard.platform.kernel.EmailAddress;
import org.switchboard.platform.mail.Mailer;
import org.switchboard.platform.security.PasswordHasher;
import org.switchboard.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks a login attempt and keeps its consequences: the throttles' counts, the upgrade of an old
 * password hash, the last-login time and the audit trail. Its transaction commits whatever the
 * outcome, so a wrong password is counted even though the login fails.
 *
 * Wrong passwords hold back the address they came from, and the login from that address
 * ({@link LoginThrottles}), never the login everywhere: a stranger cannot lock its owner out. An
 * attempt held back is refused before any password is hashed, so a spray costs the server nothing
 * once it is slowed; the person is told the same as for a wrong password, known login or not.
 */
@Stateless
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottles throttles;

    @Inject
    RequestOrigin origin;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** An attempt from the current request's address. */
    public LoginResult verify(String typedEmail, String password) {
        return verify(typedEmail, password, origin.address());
    }

    public LoginResult verify(String typedEmail, String password, String address) {
        Optional<String> email = EmailAddress.normalise(typedEmail);
        LoginThrottles.Attempt attempt = new LoginThrottles.Attempt(email.orElse(typedEmail), address);
        Instant now = clock.instant();
        Optional<Instant> heldBack = throttles.heldBackUntil(attempt, now);
        if (heldBack.isPresent()) {
            audit.record(AuditEvent.of(AuditType.LOGIN_REFUSED_WHILE_LOCKED).subject(attempt.login())
                    .detail("attempts from " + attempt.address() + " held back until " + heldBack.get()));
            return LoginResult.locked(heldBack.get());
        }
        Optional<User> found = email.flatMap(this::lockedUserByEmail);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            audit.record(AuditEvent.of(AuditType.LOGIN_FAILED).subject(email.orElse(typedEmail)).detail("unknown e-mail"));
            throttles.failed(attempt, now);
            return LoginResult.invalid();
        }
        User user = found.get();
        if (user.isLocked(now)) {
            audit.record(AuditEvent.of(AuditType.LOGIN_REFUSED_WHILE_LOCKED).actor(user.getId()).subject(user.getEmail()));
            return LoginResult.locked(user.getLockedUntil());
        }
        if (!hasher.verify(password, user.getPasswordHash())) {
            return countFailure(user, attempt, now);
        }
        if (!user.isActive()) {
            audit.record(AuditEvent.of(AuditType.LOGIN_FAILED).actor(user.getId()).subject(user.getEmail()).detail("deactivated"));
            return LoginResult.inactive();
        }
        if (hasher.needsRehash(user.getPasswordHash())) {
            user.rehash(hasher.hash(password));
            audit.record(AuditEvent.of(AuditType.PASSWORD_REHASHED).actor(user.getId()).subject(user.getEmail()));
        }
        throttles.succeeded(attempt);
        user.recordSuccessfulLogin(now);
        audit.record(AuditEvent.of(AuditType.LOGIN_SUCCEEDED).actor(user.getId()).subject(user.getEmail()));
        return LoginResult.valid(user.getId(), groupsOf(user));
    }

    private LoginResult countFailure(User user, LoginThrottles.Attempt attempt, Instant now) {
        boolean nowHeldBack = throttles.failed(attempt, now);
        if (nowHeldBack) {
            LOG.warning(() -> "Sign-ins to user " + user.getId() + " from " + attempt.address()
                    + " held back after repeated wrong passwords");
            audit.record(AuditEvent.of(AuditType.LOGIN_LOCKED_OUT).actor(user.getId()).subject(user.getEmail())
                    .detail("wrong passwords from " + attempt.address() + "; sign-ins from there held back"));
            tellTheOwner(user, attempt.address());
            return LoginResult.locked(throttles.heldBackUntil(attempt, now).orElse(now));
        }
        audit.record(AuditEvent.of(AuditType.LOGIN_FAILED).actor(user.getId()).subject(user.getEmail())
                .detail("wrong password from " + attempt.address()));
        return LoginResult.invalid();
    }

    /**
     * The sign-in page says nothing about a hold (it must not tell a real login from an unknown one),
     * so the owner learns of it by e-mail, with the way out: a reset link lifts every hold.
     */
    private void tellTheOwner(User user, String address) {
        mailer.send("LOGIN_HELD_BACK", user.getEmail(), "Sign-ins to your Switchboard login were held back",
                "Hello " + user.getFirstName() + ",\n\n"
                        + "Someone typed a wrong password for your Switchboard login several times in a row, from the\n"
                        + "network address " + address + ". Sign-ins from there wait for a while; from anywhere else\n"
                        + "you sign in as usual.\n\n"
                        + "If it was you and you have forgotten your password, choose a new one; that lifts the wait:\n\n"
                        + publicUrl.link("forgot-password.xhtml").orElse("the sign-in page's \"Forgot your password?\" link")
                        + "\n\nIf it was not you, nothing needs doing: your password was not accepted.\n");
    }

    /** The row lock makes concurrent attempts for one person count one after another. */
    private Optional<User> lockedUserByEmail(String email) {
        return em.createNamedQuery(User.BY_EMAIL, User.class)
                .setParameter("email", email)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private Set<String> groupsOf(User user) {
        Set<String> groups = new HashSet<>();
        groups.add(Roles.USER);
        Long operators = em.createQuery("select count(o) from PlatformOperator o where o.user = :user and o.active = true", Long.class)
                .setParameter("user", user)
                .getSingleResult();
        if (operators > 0) {
            groups.add(Roles.OPERATOR);
        }
        return groups;
    }
}
