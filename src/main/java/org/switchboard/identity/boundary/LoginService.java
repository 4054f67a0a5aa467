package org.switchboard.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.identity.control.EmailAddress;
import org.switchboard.identity.control.LoginLockout;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.security.PasswordHasher;
import org.switchboard.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks a login attempt and keeps its consequences: the failure count and lock, the upgrade of an
 * old password hash, the last-login time and the audit trail. Its transaction commits whatever the
 * outcome, so a wrong password is counted even though the login fails.
 */
@Stateless
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginLockout lockout;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public LoginResult verify(String typedEmail, String password) {
        Optional<String> email = EmailAddress.normalise(typedEmail);
        Optional<User> found = email.flatMap(this::lockedUserByEmail);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            audit.record(AuditEvent.of(AuditType.LOGIN_FAILED).subject(email.orElse(typedEmail)).detail("unknown e-mail"));
            return LoginResult.invalid();
        }
        User user = found.get();
        Instant now = clock.instant();
        if (user.isLocked(lockout, now)) {
            audit.record(AuditEvent.of(AuditType.LOGIN_REFUSED_WHILE_LOCKED).actor(user.getId()).subject(user.getEmail()));
            return LoginResult.locked(user.getLockedUntil());
        }
        if (!hasher.verify(password, user.getPasswordHash())) {
            return countFailure(user, now);
        }
        if (!user.isActive()) {
            audit.record(AuditEvent.of(AuditType.LOGIN_FAILED).actor(user.getId()).subject(user.getEmail()).detail("deactivated"));
            return LoginResult.inactive();
        }
        if (hasher.needsRehash(user.getPasswordHash())) {
            user.rehash(hasher.hash(password));
            audit.record(AuditEvent.of(AuditType.PASSWORD_REHASHED).actor(user.getId()).subject(user.getEmail()));
        }
        user.recordSuccessfulLogin(now);
        audit.record(AuditEvent.of(AuditType.LOGIN_SUCCEEDED).actor(user.getId()).subject(user.getEmail()));
        return LoginResult.valid(user.getId(), groupsOf(user));
    }

    private LoginResult countFailure(User user, Instant now) {
        user.recordFailedLogin(lockout, now);
        if (user.isLocked(lockout, now)) {
            LOG.warning(() -> "Login locked after repeated failures: user " + user.getId());
            audit.record(AuditEvent.of(AuditType.LOGIN_LOCKED_OUT).actor(user.getId()).subject(user.getEmail())
                    .detail(user.getFailedLogins() + " failed attempts; locked until " + user.getLockedUntil()));
            return LoginResult.locked(user.getLockedUntil());
        }
        audit.record(AuditEvent.of(AuditType.LOGIN_FAILED).actor(user.getId()).subject(user.getEmail())
                .detail("wrong password (" + user.getFailedLogins() + ")"));
        return LoginResult.invalid();
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
