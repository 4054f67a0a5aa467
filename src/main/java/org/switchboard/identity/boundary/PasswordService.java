package org.switchboard.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.platform.security.PasswordPolicy;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.security.PasswordHasher;

import java.time.Clock;

/**
 * A person changes their own password (required after a temporary one), or sets one from a link.
 * Either way every other link that could set it is revoked ({@link PasswordChosen}).
 */
@Stateless
public class PasswordService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<PasswordChosen> chosen;

    public void change(long userId, String currentPassword, String newPassword) {
        User user = em.find(User.class, userId);
        if (user == null || !user.isActive()) {
            throw new AccountRefused("Your login is no longer active.");
        }
        if (!hasher.verify(currentPassword, user.getPasswordHash())) {
            throw new AccountRefused("Your current password is not right.");
        }
        PasswordPolicy.refusal(newPassword, user.getEmail()).ifPresent(reason -> {
            throw new AccountRefused(reason);
        });
        if (newPassword.equals(currentPassword)) {
            throw new AccountRefused("Choose a password that differs from the current one.");
        }
        user.setPassword(hasher.hash(newPassword), false, clock.instant());
        audit.record(AuditEvent.of(AuditType.PASSWORD_CHANGED).actor(userId).subject(user.getEmail()));
        chosen.fire(new PasswordChosen(user.getId(), user.getEmail()));
    }

    /**
     * Sets a password without the current one, for a person who proved who they are with a link
     * from their e-mail (an invitation or a reset). Clears a lock from wrong passwords.
     */
    public void set(User user, String newPassword) {
        PasswordPolicy.refusal(newPassword, user.getEmail()).ifPresent(reason -> {
            throw new AccountRefused(reason);
        });
        user.setPassword(hasher.hash(newPassword), false, clock.instant());
        user.clearFailedLogins();
        audit.record(AuditEvent.of(AuditType.PASSWORD_CHANGED).actor(user.getId()).subject(user.getEmail()));
        chosen.fire(new PasswordChosen(user.getId(), user.getEmail()));
    }
}
