package org.switchboard.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.security.Roles;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The operators' view of logins: find one by its e-mail address, and end every session of it when
 * it is in the wrong hands (the owner reports a stolen password, or a deactivation must bite now).
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class LoginDesk {

    /** One login as the operators' list shows it. */
    public record LoginRow(long userId, String name, String email, boolean active, Instant lastLoginAt,
                           Instant sessionsEndedAt) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Logins whose address starts with the text (at least three characters), at most 50. */
    public List<LoginRow> find(String text) {
        String start = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (start.length() < 3) {
            return List.of();
        }
        return em.createQuery("select new " + LoginRow.class.getName() + "(u.id, concat(u.firstName, ' ', u.lastName), "
                        + "u.email, u.active, u.lastLoginAt, u.sessionsEndedAt) from User u where u.email like :start "
                        + "order by u.email", LoginRow.class)
                .setParameter("start", start.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .setMaxResults(50)
                .getResultList();
    }

    /** Every session of the login ends at its next request, wherever it is; audited. */
    public void signOutEverywhere(long userId, long operatorUserId) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new NotFound("No such login.");
        }
        user.endSessions(clock.instant());
        audit.record(AuditEvent.of(AuditType.SESSIONS_ENDED).actor(operatorUserId).subject(user.getEmail())
                .detail("Signed out everywhere by an operator"));
    }
}
